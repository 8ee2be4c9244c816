using System.Text;
using CorpusGen.Parsing;
using CorpusGen.Tasks;
using CorpusGen.Tests.Helpers;

namespace CorpusGen.Tests;

/// <summary>The index task reads and parses each file as the generator does, so an index holds the generator's texts.</summary>
public class SearchIndexBuilderTests
{
    public static TheoryData<string, byte[]> Files => new()
    {
        { "utf8", Encoding.UTF8.GetBytes("date 2025-01-01 Plain text.") },
        { "utf8 bom", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("date 2025-01-01 \uFEFFBOM then text.\n\n")] },
        { "utf16 le", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("date 2025-01-01 النص 😀")] },
        { "utf16 be", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("date 2025-01-01 النص")] },
        { "utf32 le", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes("date 2025-01-01 text")] },
        { "lone surrogate", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("date 2025-01-01 a\uD800b")] },
        { "no header", Encoding.UTF8.GetBytes("Just text.") },
        { "empty body", Encoding.UTF8.GetBytes("date 2025-01-01   \n") },
        { "blank", Encoding.UTF8.GetBytes("  \n ") },
        { "no date", Encoding.UTF8.GetBytes("date 2025-02-30 A day that is not.") },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_reads_and_parses_to_the_generator_s_text(string kind, byte[] bytes)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("corpusgen-read-" + kind.Replace(' ', '-') + "-").FullName, "000_x.txt");
        File.WriteAllBytes(path, bytes);

        var compiler = SourceText(bytes);
        var task = new ArticleFileText(path).GetText()!;
        var parsed = ArticleParser.Parse(path, null, compiler.ToString(), compiler.Encoding is UTF8Encoding).Value;
        var (declaration, text) = ArticleParser.ParseText(new Model.ArticleText(path, null, task.ToString(), task.Encoding is UTF8Encoding));

        Assert.Equal(compiler.ToString(), task.ToString());
        Assert.Equal(compiler.Encoding?.WebName, task.Encoding?.WebName);
        Assert.Equal(parsed.Declaration with { Facts = null }, declaration);
        Assert.Equal(parsed.Article?.Text, text is var (content, body, _) ? content.Substring(body.Start, body.Length) : null);
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_are_read_in_the_fallback_code_page_as_the_compiler_reads_them()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("corpusgen-read-").FullName, "000_x.txt");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("date 2025-01-01 caf"), 0xE9]);

        var text = new ArticleFileText(path).GetText()!;

        Assert.Equal("date 2025-01-01 café", text.ToString());
        Assert.IsNotType<UTF8Encoding>(text.Encoding);
    }

    // What the compiler's reading of an additional file gives for valid text: the byte order mark decides, else UTF-8.
    private static Microsoft.CodeAnalysis.Text.SourceText SourceText(byte[] bytes) =>
        Microsoft.CodeAnalysis.Text.SourceText.From(new MemoryStream(bytes), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
}
