using CorpusGen.Diagnostics;
using CorpusGen.Model;
using CorpusGen.Parsing;
using CorpusGen.Tests.Helpers;

namespace CorpusGen.Tests;

public class ParserTests
{
    internal const string Path = "/corpus/000_801cc98336fcfd6a.txt";

    [Fact]
    public void Seed_gives_every_field()
    {
        var article = ParseValid(Seeds.Content);

        Assert.Equal("801cc98336fcfd6a", article.Id);
        Assert.Equal("000_801cc98336fcfd6a.txt", article.FileName);
        Assert.Equal(0, article.Ordinal);
        Assert.Equal(new ArticleDate(2025, 9, 20), article.Date);
        Assert.Equal("إيلاف", article.Outlet);
        Assert.Equal("الرباط", article.City);
        Assert.Equal(10, article.Paragraphs.Count);
        Assert.Equal(459, article.WordCount);
        Assert.Equal(ArticleScript.Arabic, article.Script);
        Assert.StartsWith("إيلاف من الرباط: يجري المدير العام", article.Text);
        Assert.Equal(Seeds.Content.Substring(" date 2025-09-20 ".Length).TrimEnd(), article.Text);
    }

    [Theory]
    [InlineData("date 2025-09-20 Body", "Body")]
    [InlineData("\uFEFFdate 2025-09-20 Body", "Body")]
    [InlineData("\uFEFF \r\n\tdate\t2025-09-20\r\nBody", "Body")]
    [InlineData("  date   2025-09-20   Body  \n\n", "Body")]
    [InlineData("date 2025-09-20\r\n\r\nBody\r\nline two\r\n", "Body\r\nline two")]
    [InlineData("date 2025-09-20 A \u200F\uFEFF B\u00A0\u2003", "A \u200F\uFEFF B")]
    public void Header_is_read_and_body_kept_exactly(string content, string text)
    {
        var article = ParseValid(content);

        Assert.Equal(new ArticleDate(2025, 9, 20), article.Date);
        Assert.Equal(text, article.Text);
    }

    [Theory]
    [InlineData(" DATE: 20/09/2025 Body", "it starts with 'DATE: 20/09/2025 Body': write the header as 'date 2025-09-20', in lower case and with no colon", 1, 5)]
    [InlineData("Date 2025-09-20 Body", "it starts with 'Date 2025-09-20 Body': write the header as 'date 2025-09-20', in lower case", 0, 4)]
    [InlineData("date: 2025-09-20 Body", "it starts with 'date: 2025-09-20 Body': write the header as 'date 2025-09-20', with a space and no colon", 0, 5)]
    [InlineData("Body without any header", "it starts with 'Body without any header': add the header, or, if the file is not an article, leave it out of the NewsArticle items with Exclude=\"/corpus/000_801cc98336fcfd6a.txt\"", 0, 23)]
    [InlineData("date 20/09/2025 Body", "its date '20/09/2025' is not written YYYY-MM-DD: write 'date 2025-09-20'", 5, 10)]
    [InlineData("date 09/20/2025 Body", "its date '09/20/2025' is not written YYYY-MM-DD: write 'date 2025-09-20'", 5, 10)]
    [InlineData("date 05/06/2025 Body", "its date '05/06/2025' is not written YYYY-MM-DD: write the year in four digits, then the month and the day in two each, such as 'date 2025-09-20'", 5, 10)]
    [InlineData("date 2025-9-20 Body", "its date '2025-9-20' is not written YYYY-MM-DD: write 'date 2025-09-20'", 5, 9)]
    [InlineData("date2025-09-20 Body", "it starts with 'date2025-09-20 Body': write the header as 'date 2025-09-20', with a space after 'date'", 0, 14)]
    [InlineData("date 2025-09-20Body", "its date is followed by 'Body' with no space: write white space between 'date 2025-09-20' and the text", 5, 14)]
    [InlineData("date ٢٠٢٥-٠٩-٢٠ Body", "its date '٢٠٢٥-٠٩-٢٠' is not written YYYY-MM-DD: write 'date 2025-09-20'", 5, 10)]
    [InlineData("date Hello there", "'date' is followed by 'Hello', which is not a date: write the article's date after it, such as 'date 2025-09-20'", 5, 5)]
    [InlineData("Date night returns to the city", "it starts with 'Date night returns to th': add the header", 0, 24)]
    [InlineData("\u0000\u0001\u0002\uFFFD\uFFFD junk", "if the file is not an article, leave it out of the NewsArticle items with Exclude", 0, 10)]
    public void Missing_or_malformed_header_says_how_to_fix_it_where_it_is(string content, string explanation, int start, int length)
    {
        var result = ArticleParser.Parse(Path, null, content);

        Assert.Null(result.Value.Article);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Same(DiagnosticDescriptors.MissingDateHeader, diagnostic.Descriptor);
        Assert.Equal("000_801cc98336fcfd6a.txt", diagnostic.Arguments[0]);
        Assert.Contains(explanation, diagnostic.Arguments[1], StringComparison.Ordinal);
        Assert.Equal(Path, diagnostic.FilePath);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.TextSpan(start, length), diagnostic.Span);
    }

    [Theory]
    [InlineData("/home/me/app/", "/home/me/app/corpus/README.txt", "Exclude=\"corpus/README.txt\"")]
    [InlineData("C:\\app\\", "C:\\app\\corpus\\README.txt", "Exclude=\"corpus/README.txt\"")]
    [InlineData("/home/me/app/", "/data/news/README.txt", "Exclude=\"/data/news/README.txt\"")]
    public void A_file_that_is_no_article_is_named_as_the_project_names_it(string projectDirectory, string path, string exclude)
    {
        var diagnostic = Assert.Single(ArticleParser.Parse(path, null, "# Notes on this corpus", projectDirectory: projectDirectory).Diagnostics);

        Assert.EndsWith(exclude, diagnostic.Arguments[1]);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void A_UTF16_file_without_a_byte_order_mark_is_named_as_such(string encoding)
    {
        // The compiler reads such a file as UTF-8: every other character comes out as NUL.
        var bytes = System.Text.Encoding.GetEncoding(encoding).GetBytes(Seeds.Content);
        var result = ArticleParser.Parse(Path, null, System.Text.Encoding.UTF8.GetString(bytes));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Same(DiagnosticDescriptors.MissingDateHeader, diagnostic.Descriptor);
        Assert.Equal("it looks like UTF-16 without a byte order mark (every other byte is zero), which the compiler reads as UTF-8: save it as UTF-8, or as UTF-16 with a byte order mark", diagnostic.Arguments[1]);
        Assert.Equal(default, diagnostic.Span);
    }

    [Theory]
    [InlineData("date 2025-02-30 x", "2025-02 has 28 days")]
    [InlineData("date 2024-02-30 x", "2024-02 has 29 days")]
    [InlineData("date 2025-13-01 x", "there is no month 13")]
    [InlineData("date 0000-01-01 x", "there is no year 0")]
    public void A_date_that_does_not_exist_says_why(string content, string reason)
    {
        var diagnostic = Assert.Single(ArticleParser.Parse(Path, null, content).Diagnostics);

        Assert.Same(DiagnosticDescriptors.InvalidDate, diagnostic.Descriptor);
        Assert.Equal(reason, diagnostic.Arguments[2]);
    }

    [Fact]
    public void Header_diagnostic_points_at_the_header_line()
    {
        var diagnostic = Assert.Single(ArticleParser.Parse(Path, null, "\n\n   Datum 2025-09-20 x").Diagnostics);

        Assert.Equal(2, diagnostic.LineSpan.Start.Line);
        Assert.Equal(3, diagnostic.LineSpan.Start.Character);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("2025-04-31")]
    [InlineData("2023-02-29")]
    [InlineData("0000-01-01")]
    public void Date_that_does_not_exist_is_an_error(string date)
    {
        var diagnostic = Assert.Single(ArticleParser.Parse(Path, null, $"date {date} Body").Diagnostics);

        Assert.Same(DiagnosticDescriptors.InvalidDate, diagnostic.Descriptor);
        Assert.Equal(date, diagnostic.Arguments[1]);
        Assert.Equal(5, diagnostic.Span.Start);
    }

    [Fact]
    public void Leap_day_is_a_date()
    {
        Assert.Equal(new ArticleDate(2024, 2, 29), ParseValid("date 2024-02-29 x").Date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t ")]
    [InlineData("\uFEFF")]
    [InlineData("date 2025-09-20")]
    [InlineData("date 2025-09-20   \r\n  \n")]
    public void Empty_file_or_header_without_body_is_an_error(string content)
    {
        var diagnostic = Assert.Single(ArticleParser.Parse(Path, null, content).Diagnostics);

        Assert.Same(DiagnosticDescriptors.EmptyArticle, diagnostic.Descriptor);
    }

    [Theory]
    [InlineData("One", new[] { "One" })]
    [InlineData("One\nstill one\n\nTwo", new[] { "One\nstill one", "Two" })]
    [InlineData("One\r\n\r\nTwo\r\n \t \r\nThree", new[] { "One", "Two", "Three" })]
    [InlineData("One\r\rTwo", new[] { "One", "Two" })]
    [InlineData("  One  \n\n\n\n   Two\t", new[] { "One", "Two" })]
    [InlineData("One\u2028same line to us", new[] { "One\u2028same line to us" })]
    public void Paragraphs_are_runs_of_non_blank_lines_trimmed(string text, string[] expected)
    {
        var article = ParseValid("date 2025-09-20 " + text);

        Assert.Equal(expected, article.Paragraphs.Select(range => article.Text.Substring(range.Start, range.Length)));
    }

    // Wire copy indents a paragraph's first line and leaves no blank line between paragraphs.
    [Theory]
    [InlineData(ParagraphStyle.BlankLines, "WASHINGTON (Reuters) - One.\n    Two, first line\ncontinued.\n\tThree.\n\nFour.\n  \n Five.", new[] { "WASHINGTON (Reuters) - One.\n    Two, first line\ncontinued.\n\tThree.", "Four.", "Five." })]
    [InlineData(ParagraphStyle.Indented, "WASHINGTON (Reuters) - One.\n    Two, first line\ncontinued.\n\tThree.\n\nFour.\n  \n Five.", new[] { "WASHINGTON (Reuters) - One.", "Two, first line\ncontinued.", "Three.", "Four.", "Five." })]
    [InlineData(ParagraphStyle.Indented, "One\r\n\u3000Two\r\n\u00A0Three\r\nstill three", new[] { "One", "Two", "Three\r\nstill three" })]
    [InlineData(ParagraphStyle.Lines, "WASHINGTON (Reuters) - One.\n    Two, first line\ncontinued.\n\tThree.\n\nFour.\n  \n Five.", new[] { "WASHINGTON (Reuters) - One.", "Two, first line", "continued.", "Three.", "Four.", "Five." })]
    [InlineData(ParagraphStyle.Lines, "One\r\rTwo\r\nThree\nFour", new[] { "One", "Two", "Three", "Four" })]
    public void A_paragraph_style_says_which_lines_start_a_paragraph(ParagraphStyle style, string text, string[] expected)
    {
        var article = ArticleParser.Parse(Path, null, "date 2025-09-20\n" + text, paragraphs: style).Value.Article!;

        Assert.Equal(expected, article.Paragraphs.Select(range => article.Text.Substring(range.Start, range.Length)));
        Assert.All(article.Sentences, sentence => Assert.Contains(article.Paragraphs, paragraph => paragraph.Start <= sentence.Start && sentence.End <= paragraph.End));
    }

    [Theory]
    [InlineData("one two three", 3)]
    [InlineData("one - two – three , .", 3)]
    [InlineData("a1 ... 42 !!", 2)]
    [InlineData("emoji 😀 𝐀𝐁 𠀋", 3)]
    [InlineData("كلمة\u00A0كلمة\u3000word", 3)]
    [InlineData("tab\tand\nnewline", 3)]
    public void Words_are_tokens_with_a_letter_or_digit(string text, int words)
    {
        Assert.Equal(words, ParseValid("date 2025-09-20 " + text).WordCount);
    }

    [Fact]
    public void Character_count_counts_code_points()
    {
        Assert.Equal(4, ParseValid("date 2025-09-20 a😀b𝐀").CharacterCount);
    }

    [Theory]
    [InlineData("000_801cc98336fcfd6a.txt", "801cc98336fcfd6a", 0)]
    [InlineData("42_ABCDEF.txt", "ABCDEF", 42)]
    [InlineData("london-floods.txt", "london-floods", null)]
    [InlineData("000_not-hex.txt", "000_not-hex", null)]
    [InlineData("2025.txt", "2025", null)]
    [InlineData("archive.2025.txt", "archive.2025", null)]
    public void File_name_gives_id_and_ordinal(string fileName, string id, int? ordinal)
    {
        var article = ParseValid("date 2025-09-20 x", "C:\\news\\" + fileName);

        Assert.Equal(id, article.Id);
        Assert.Equal(ordinal, article.Ordinal);
        Assert.Equal(fileName, article.FileName);
    }

    [Fact]
    public void Replacement_character_is_a_warning_and_the_article_is_kept()
    {
        var result = ArticleParser.Parse(Path, null, "date 2025-09-20 line one\nbad \uFFFD here");

        Assert.NotNull(result.Value.Article);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Same(DiagnosticDescriptors.UndecodableText, diagnostic.Descriptor);
        Assert.Equal(1, diagnostic.LineSpan.Start.Line);
        Assert.Equal(4, diagnostic.LineSpan.Start.Character);
    }

    [Fact]
    public void Lone_surrogate_becomes_replacement_character_with_a_warning()
    {
        var result = ArticleParser.Parse(Path, null, "date 2025-09-20 a\uD800b");

        Assert.Equal("a\uFFFDb", result.Value.Article!.Text);
        Assert.Same(DiagnosticDescriptors.UndecodableText, Assert.Single(result.Diagnostics).Descriptor);
    }

    [Theory]
    [InlineData("The quick brown fox", ArticleScript.Latin)]
    [InlineData("Привет мир", ArticleScript.Cyrillic)]
    [InlineData("שלום עולם", ArticleScript.Hebrew)]
    [InlineData("ข่าววันนี้", ArticleScript.Thai)]
    [InlineData("新闻报道", ArticleScript.Han)]
    [InlineData("123 456", ArticleScript.Unknown)]
    [InlineData("قال Reuters إن الحكومة", ArticleScript.Arabic)]
    public void Script_is_the_one_most_letters_use(string text, ArticleScript script)
    {
        Assert.Equal(script, ParseValid("date 2025-09-20 " + text).Script);
    }

    /// <summary>The article <paramref name="content"/> gives, which must parse without a diagnostic.</summary>
    internal static ArticleSpec ParseValid(string content, string path = Path)
    {
        var result = ArticleParser.Parse(path, null, content);
        Assert.Empty(result.Diagnostics);
        return Assert.IsType<ArticleSpec>(result.Value.Article);
    }
}
