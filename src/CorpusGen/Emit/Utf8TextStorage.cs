using CorpusGen.Model;

namespace CorpusGen.Emit;

/// <summary>
/// How an article's text is stored in the assembly, the one place to change it. When the package's targets embed
/// the article files as resources and the file's bytes are exactly the UTF-8 the compiler read, the article points
/// at its slice of the resource: the compiler only copies bytes, which keeps large corpora cheap to build.
/// Otherwise (no resources, a file in another encoding or with undecodable bytes) the text the compiler read goes
/// into a UTF-8 literal, which lives in the assembly's data rather than its user-string heap.
/// </summary>
public static class Utf8TextStorage
{
    /// <summary>
    /// The folder of the resource the article's text is a slice of (<see cref="CorpusOptions.ResourceFolder"/>: the
    /// resource's name is the folder, then the file name), or null when the text is a literal.
    /// </summary>
    /// <param name="resourceCollection">The collection the targets embed the file under (a file declared in several has one resource).</param>
    public static string? ResourceFolder(ArticleSpec article, string? resourceCollection, CorpusOptions options) =>
        options.EmbedsArticles && article.FileBytes is not null
            ? CorpusOptions.ResourceFolder(resourceCollection)
            : null;

    /// <summary>The <c>"..."u8</c> literal of the text, when it is not in a resource.</summary>
    public static string? Literal(ArticleSpec article, string? resourceFolder) =>
        resourceFolder is null ? StringLiteral.QuoteUtf8(article.Text) : null;
}
