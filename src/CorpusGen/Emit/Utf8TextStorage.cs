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
    public const string LiteralClass = "ArticleUtf8";

    public static bool IsInResource(ArticleSource source) =>
        source.Options.EmbedsArticles && source.Article.FileBytes is not null;

    /// <summary>The last argument of the article's constructor call, which closes it.</summary>
    public static void WriteArgument(SourceWriter writer, ArticleSource source, string articleType)
    {
        if (IsInResource(source))
        {
            var slice = source.Article.FileBytes!.Value;
            var resource = CorpusOptions.ResourceName(source.Article.Collection, source.Article.FileName);
            writer.WriteLine($"    new {articleType}.ResourceSlice({StringLiteral.Quote(resource)}, {ArticleEmitter.Number(slice.Start)}, {ArticleEmitter.Number(slice.Length)}, {ArticleEmitter.Number(slice.FileLength)}));");
        }
        else
        {
            writer.WriteLine($"    {LiteralClass}.{source.MemberName});");
        }
    }

    /// <summary>The method of <see cref="LiteralClass"/> the argument refers to, if the text is a literal.</summary>
    public static string? LiteralMethod(ArticleSource source) =>
        IsInResource(source)
            ? null
            : $"internal static global::System.ReadOnlySpan<byte> {source.MemberName}() => {StringLiteral.QuoteUtf8(source.Article.Text)};";
}
