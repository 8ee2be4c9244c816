namespace CorpusGen.Model;

/// <summary>
/// The fields of an article's header block, the lines <c>name value</c> between the <c>date</c> line and the first
/// blank line; <see cref="None"/> for an article without one. A field whose value was empty or invalid is null.
/// </summary>
/// <param name="Title">The headline.</param>
/// <param name="Authors">Every <c>author</c> line's value, in order.</param>
/// <param name="Url">An absolute http or https URL, as written.</param>
/// <param name="Tags">The <c>tags</c> lines' values, cut at commas (<c>,</c> and <c>،</c>), in order, each once.</param>
/// <param name="Language">A well-formed BCP 47 tag, as written.</param>
public sealed record ArticleHeader(
    string? Title,
    EquatableArray<string> Authors,
    string? Url,
    string? Section,
    EquatableArray<string> Tags,
    string? Language)
{
    public static readonly ArticleHeader None = new(null, EquatableArray<string>.Empty, null, null, EquatableArray<string>.Empty, null);

    /// <summary>Whether any field has a value: only then does the article's row store the header.</summary>
    public bool HasValues => Title is not null || Authors.Count > 0 || Url is not null || Section is not null || Tags.Count > 0 || Language is not null;
}
