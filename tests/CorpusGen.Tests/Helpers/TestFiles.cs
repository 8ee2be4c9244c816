using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Tests.Helpers;

/// <summary>An additional file held in memory, decoded from its bytes the way the compiler reads a file.</summary>
internal sealed class TestAdditionalText(string path, SourceText text) : AdditionalText
{
    public TestAdditionalText(string path, string content)
        : this(path, Encoding.UTF8.GetBytes(content))
    {
    }

    public TestAdditionalText(string path, byte[] bytes)
        : this(path, SourceText.From(new MemoryStream(bytes), Encoding.UTF8))
    {
    }

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}

/// <summary>A file of the test corpus and how the project declares it.</summary>
/// <param name="Kind"><c>NewsArticle</c> for an article, which the article list names; null for another additional file.</param>
/// <param name="Paragraphs">The item's Paragraphs metadata, or null for none.</param>
/// <param name="SourcePath">The declared file when this is its UTF-8 copy, as the targets list a transcoded file.</param>
internal sealed record TestFile(string Path, string Content, string? Kind = "NewsArticle", string? Collection = null, byte[]? RawBytes = null, string? Paragraphs = null, string? SourcePath = null)
{
    /// <summary>The file on disk: the content as UTF-8 without a BOM, unless raw bytes are given.</summary>
    public byte[] Bytes => RawBytes ?? Encoding.UTF8.GetBytes(Content);

    public static TestFile FromBytes(string fileName, byte[] bytes) => new("/project/corpus/" + fileName, "", RawBytes: bytes);

    public static TestFile Article(string fileName, string content, string? collection = null) =>
        new("/project/corpus/" + fileName, content, "NewsArticle", collection);

    public static TestFile Seed() => Article(Seeds.FileName, Seeds.Content);
}

/// <summary>The user's sample article, copied next to the tests from the sample's corpus.</summary>
internal static class Seeds
{
    public const string FileName = "000_801cc98336fcfd6a.txt";

    public const string MemberName = "Article_000_801cc98336fcfd6a";

    public static string Content { get; } = File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "corpus", FileName), Encoding.UTF8);

    public static byte[] Bytes { get; } = File.ReadAllBytes(System.IO.Path.Combine(AppContext.BaseDirectory, "corpus", FileName));
}
