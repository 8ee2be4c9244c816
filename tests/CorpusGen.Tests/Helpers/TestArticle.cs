using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Tests.Helpers;

/// <summary>An additional file held in memory, read the way the compiler would hand it to the generator.</summary>
internal sealed class TestAdditionalText(string path, SourceText text) : AdditionalText
{
    public TestAdditionalText(string path, string content)
        : this(path, SourceText.From(content, Encoding.UTF8))
    {
    }

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}

/// <summary>A file of the test corpus and how the project declares it.</summary>
/// <param name="Kind">The <c>CorpusGenKind</c> metadata: <c>NewsArticle</c> for an article, null for another additional file.</param>
internal sealed record TestFile(string Path, string Content, string? Kind = "NewsArticle", string? Collection = null)
{
    public static TestFile Article(string fileName, string content, string? collection = null) =>
        new("/project/corpus/" + fileName, content, "NewsArticle", collection);

    public static TestFile Seed() => Article(Seeds.FileName, Seeds.Content);
}

/// <summary>The user's sample article, copied next to the tests from the sample's corpus.</summary>
internal static class Seeds
{
    public const string FileName = "000_801cc98336fcfd6a.txt";

    public static string Content { get; } = File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "corpus", FileName), Encoding.UTF8);

    public static byte[] Bytes { get; } = File.ReadAllBytes(System.IO.Path.Combine(AppContext.BaseDirectory, "corpus", FileName));
}
