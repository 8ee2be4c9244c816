using CorpusGen.Tasks;
using System.Text;

namespace CorpusGen.Tests;

public class ArticleTranscoderTests
{
    private const string Arabic = "date 2025-09-20\nإيلاف من الرباط: يجري المدير العام للأمن الوطني زيارة عمل.\r\n\r\nوذكر بيان، اليوم، أن الزيارة تندرج في إطار التعاون؛ هل انتهت؟";

    [Theory]
    [InlineData("windows-1256")]
    [InlineData("cp1256")]
    [InlineData("ISO-8859-6")]
    public void An_arabic_file_in_a_legacy_encoding_becomes_its_text_in_utf8(string name)
    {
        var encoding = ArticleTranscoder.Find(name)!;
        var legacy = encoding.GetBytes(Arabic);
        Assert.NotEqual(Encoding.UTF8.GetBytes(Arabic), legacy);

        var transcoded = ArticleTranscoder.Transcode(legacy, encoding);

        Assert.Equal(Encoding.UTF8.GetBytes(Arabic), transcoded.Utf8);
        Assert.Equal(0, transcoded.Unmapped);
    }

    [Fact]
    public void A_byte_the_encoding_does_not_map_is_read_as_a_replacement_character_and_placed_at_its_line_and_column()
    {
        var encoding = ArticleTranscoder.Find("iso-8859-6")!;
        // 0xA1 and 0xFF are unassigned in ISO-8859-6; 0xC7 is alef.
        var bytes = encoding.GetBytes("date 2025-09-20\r\nسطر\n").Concat(new byte[] { 0x41, 0xA1, 0xC7, 0xFF }).ToArray();

        var transcoded = ArticleTranscoder.Transcode(bytes, encoding);

        Assert.Equal("date 2025-09-20\r\nسطر\nA\uFFFDا\uFFFD", Encoding.UTF8.GetString(transcoded.Utf8));
        Assert.Equal((2, 3, 2), (transcoded.Unmapped, transcoded.Line, transcoded.Column));
    }

    [Theory]
    [InlineData("utf-8", true)]
    [InlineData("UTF-8", true)]
    [InlineData("windows-1252", false)]
    [InlineData("arabic", false)]
    public void Encodings_are_found_by_their_names_in_any_case(string name, bool isUtf8)
    {
        Assert.Equal(isUtf8, ArticleTranscoder.IsUtf8(ArticleTranscoder.Find(name)!));
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x64 }, true)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x64, 0x00 }, true)]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x64 }, true)]
    [InlineData(new byte[] { 0xEF, 0xBB }, false)]
    [InlineData(new byte[] { 0xC7, 0xE1 }, false)]
    [InlineData(new byte[0], false)]
    public void A_unicode_byte_order_mark_says_the_file_needs_no_transcoding(byte[] bytes, bool marked)
    {
        Assert.Equal(marked, ArticleTranscoder.HasUnicodeByteOrderMark(bytes));
    }

    [Theory]
    [InlineData("windows-1256", false)]
    [InlineData("iso-8859-6", false)]
    [InlineData("utf-8", true)]
    public void Arabic_text_in_a_legacy_encoding_is_never_valid_utf8(string name, bool valid)
    {
        Assert.Equal(valid, ArticleTranscoder.IsValidUtf8(ArticleTranscoder.Find(name)!.GetBytes(Arabic)));
        Assert.True(ArticleTranscoder.IsValidUtf8(Encoding.ASCII.GetBytes("date 2025-01-01 ASCII reads the same.")));
    }

    [Theory]
    [InlineData("windows-9999")]
    [InlineData("arabic-ish")]
    [InlineData("")]
    public void An_unknown_name_finds_no_encoding(string name)
    {
        Assert.Null(ArticleTranscoder.Find(name));
    }
}
