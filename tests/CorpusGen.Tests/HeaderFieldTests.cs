using CorpusGen.Diagnostics;
using CorpusGen.Model;
using CorpusGen.Parsing;

namespace CorpusGen.Tests;

public class HeaderFieldTests
{
    private const string Path = ParserTests.Path;

    private const string IssueExample =
        """
        date 2025-09-20
        title المدير العام للأمن الوطني يزور تركيا
        author إيلاف
        url https://elaph.com/Web/News/2025/09/1.html
        section سياسة
        tags الأمن, تركيا, المغرب

        إيلاف من الرباط: يجري المدير العام للأمن الوطني عبد اللطيف حموشي زيارة عمل إلى دولة تركيا.

        وذلك على هامش مشاركته.
        """;

    [Fact]
    public void A_header_block_gives_its_fields_and_the_text_is_the_body_after_the_blank_line()
    {
        var article = ParseValid(IssueExample);

        Assert.Equal("المدير العام للأمن الوطني يزور تركيا", article.Header.Title);
        Assert.Equal(["إيلاف"], article.Header.Authors);
        Assert.Equal("https://elaph.com/Web/News/2025/09/1.html", article.Header.Url);
        Assert.Equal("سياسة", article.Header.Section);
        Assert.Equal(["الأمن", "تركيا", "المغرب"], article.Header.Tags);
        Assert.Null(article.Header.Language);
        Assert.StartsWith("إيلاف من الرباط: يجري", article.Text);
        Assert.DoesNotContain("title", article.Text);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal("إيلاف", article.Outlet);
        Assert.Equal("الرباط", article.City);
        Assert.Equal(20, article.WordCount);
    }

    [Fact]
    public void Header_lines_are_in_no_view_of_the_text_and_the_body_is_what_a_header_less_file_gives()
    {
        const string body = "LONDON (Reuters) - Markets fell.\n\nThey rose later.";
        var withHeader = ParseValid("date 2025-09-20\ntitle Markets\nlanguage en-GB\n\n" + body);
        var without = ParseValid("date 2025-09-20\n" + body);

        Assert.Equal(without.Text, withHeader.Text);
        Assert.Equal(without.Paragraphs, withHeader.Paragraphs);
        Assert.Equal(without.Sentences, withHeader.Sentences);
        Assert.Equal((without.WordCount, without.CharacterCount, without.Outlet, without.City), (withHeader.WordCount, withHeader.CharacterCount, withHeader.Outlet, withHeader.City));
        Assert.Same(ArticleHeader.None, without.Header);
    }

    [Theory]
    // A body that starts with a header-like line and goes on without a blank line.
    [InlineData("date 2025-09-20\ntitle of the report was changed\nby the board on Monday.\n\nMore.", "title of the report was changed\nby the board on Monday.\n\nMore.")]
    // The seed's form: the body on the date's line.
    [InlineData("date 2025-09-20 title Markets\n\nBody", "title Markets\n\nBody")]
    // A line that is no header name.
    [InlineData("date 2025-09-20\ntitle Markets\nsubtitle Fell\n\nBody", "title Markets\nsubtitle Fell\n\nBody")]
    // Names are lower case, at the start of their line.
    [InlineData("date 2025-09-20\nTitle Markets\n\nBody", "Title Markets\n\nBody")]
    [InlineData("date 2025-09-20\n title Markets\n\nBody", "title Markets\n\nBody")]
    [InlineData("date 2025-09-20\ntitles Markets\n\nBody", "titles Markets\n\nBody")]
    // No blank line after the lines: all of it is the body, as before headers.
    [InlineData("date 2025-09-20\ntitle Markets\nsection World", "title Markets\nsection World")]
    // A blank line first: no header lines at all.
    [InlineData("date 2025-09-20\n\ntitle Markets\n\nBody", "title Markets\n\nBody")]
    public void Lines_that_are_not_a_whole_header_block_stay_body(string content, string text)
    {
        var article = ParseValid(content);

        Assert.Same(ArticleHeader.None, article.Header);
        Assert.Equal(text, article.Text);
    }

    [Theory]
    [InlineData("date 2025-09-20\r\ntitle Markets\r\n\r\nBody\r\nmore")]
    [InlineData("date 2025-09-20 \t\rtitle Markets\r\rBody\r\nmore")]
    [InlineData("\uFEFFdate 2025-09-20\ntitle\tMarkets  \n \t \nBody\r\nmore")]
    public void Any_line_break_and_white_space_around_values(string content)
    {
        var article = ParseValid(content);

        Assert.Equal("Markets", article.Header.Title);
        Assert.Equal("Body\r\nmore", article.Text);
    }

    [Theory]
    [InlineData("date 2025-09-20\ntitle Markets\n\n  \n")]
    [InlineData("date 2025-09-20\r\ntitle Markets\r\nsection World\r\n\r\n")]
    public void A_header_block_with_no_text_after_it_is_an_empty_article(string content)
    {
        var diagnostic = Assert.Single(ArticleParser.Parse(Path, null, content).Diagnostics);

        Assert.Same(DiagnosticDescriptors.EmptyArticle, diagnostic.Descriptor);
        Assert.Equal("has a header block but no text after its blank line: write the article's text after it", diagnostic.Arguments[1]);
        Assert.Equal(0, diagnostic.LineSpan.Start.Line);
    }

    [Fact]
    public void Authors_repeat_tags_lines_add_up_and_each_author_and_tag_is_kept_once()
    {
        var article = ParseValid("date 2025-09-20\nauthor Jane Doe\nauthor  John Roe \nauthor Jane Doe\ntags a, b،c\ntags b ,d\n\nBody");

        Assert.Equal(["Jane Doe", "John Roe"], article.Header.Authors);
        Assert.Equal(["a", "b", "c", "d"], article.Header.Tags);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("en-US")]
    [InlineData("zh-Hant-TW")]
    [InlineData("sr-Latn-RS")]
    [InlineData("es-419")]
    [InlineData("de-CH-1901")]
    [InlineData("en-a-bbb-x-private")]
    [InlineData("x-private")]
    [InlineData("i-klingon")]
    [InlineData("zh-min-nan")]
    [InlineData("AR")]
    public void A_well_formed_language_tag_is_kept_as_written(string tag)
    {
        Assert.Equal(tag, ParseValid("date 2025-09-20\nlanguage " + tag + "\n\nBody").Header.Language);
    }

    [Theory]
    [InlineData("title Markets", "title", 3)]
    [InlineData("url https://a.example/1", "url", 3)]
    [InlineData("section World", "section", 3)]
    [InlineData("language en", "language", 3)]
    public void A_field_given_twice_is_an_error_at_the_second_line_naming_the_first(string line, string name, int firstLine)
    {
        var result = ArticleParser.Parse(Path, null, "date 2025-09-20\nauthor A\n" + line + "\n" + line + "2\n\nBody");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Same(DiagnosticDescriptors.RepeatedHeaderField, diagnostic.Descriptor);
        Assert.Equal(3, diagnostic.LineSpan.Start.Line);
        Assert.Equal(0, diagnostic.LineSpan.Start.Character);
        Assert.Equal(["000_801cc98336fcfd6a.txt", name, firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture)], diagnostic.Arguments);
        Assert.Contains("line 3 gives it first, and only that line is read", diagnostic.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var article = Assert.IsType<ArticleSpec>(result.Value.Article);
        Assert.Equal("Body", article.Text);
        Assert.Equal(["A"], article.Header.Authors);
    }

    [Theory]
    [InlineData("url ftp://example.com/a", 4, "which is not an absolute http or https URL")]
    [InlineData("url /news/1.html", 4, "which is not an absolute http or https URL")]
    [InlineData("url https://exa mple.com/", 4, "which is not an absolute http or https URL")]
    [InlineData("url https:example.com", 4, "which is not an absolute http or https URL")]
    [InlineData("url javascript:alert(1)", 4, "which is not an absolute http or https URL")]
    [InlineData("language english", 9, "which is not a well-formed BCP 47 tag")]
    [InlineData("language en_US", 9, "which is not a well-formed BCP 47 tag")]
    [InlineData("language e", 9, "which is not a well-formed BCP 47 tag")]
    [InlineData("language en-", 9, "which is not a well-formed BCP 47 tag")]
    [InlineData("language ar-ﻉ", 9, "which is not a well-formed BCP 47 tag")]
    [InlineData("language \u212Ao", 9, "which is not a well-formed BCP 47 tag")]
    [InlineData("title", 5, "has an empty 'title'")]
    [InlineData("title   ", 8, "has an empty 'title'")]
    [InlineData("author", 6, "has an empty 'author'")]
    [InlineData("tags a,, b", 7, "has an empty tag between commas")]
    [InlineData("tags ", 5, "has an empty 'tags' line")]
    public void A_bad_value_is_a_warning_at_its_line_and_column_and_the_article_is_still_generated(string line, int column, string problem)
    {
        var result = ArticleParser.Parse(Path, null, "date 2025-09-20\nsection World\n" + line + "\n\nBody");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Same(DiagnosticDescriptors.InvalidHeaderValue, diagnostic.Descriptor);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostic.Descriptor.DefaultSeverity);
        Assert.Equal(2, diagnostic.LineSpan.Start.Line);
        Assert.Equal(column, diagnostic.LineSpan.Start.Character);
        Assert.Contains(problem, diagnostic.Arguments[1]);
        var article = Assert.IsType<ArticleSpec>(result.Value.Article);
        Assert.Equal("World", article.Header.Section);
        Assert.Null(article.Header.Url);
        Assert.Null(article.Header.Language);
        Assert.Null(article.Header.Title);
        Assert.Equal("Body", article.Text);
    }

    [Fact]
    public void The_first_line_of_a_field_given_twice_is_read_even_when_it_is_empty()
    {
        var result = ArticleParser.Parse(Path, null, "date 2025-09-20\ntitle\ntitle Second\n\nBody");

        Assert.Equal(["CGN021", "CGN020"], result.Diagnostics.Select(diagnostic => diagnostic.Descriptor.Id));
        Assert.Same(ArticleHeader.None, result.Value.Article!.Header);
    }

    [Fact]
    public void A_header_whose_every_value_is_left_out_stores_none()
    {
        var result = ArticleParser.Parse(Path, null, "date 2025-09-20\ntitle\nurl nowhere\n\nBody");

        Assert.Equal(2, result.Diagnostics.Count);
        Assert.Same(ArticleHeader.None, result.Value.Article!.Header);
        Assert.Equal("Body", result.Value.Article.Text);
    }

    [Fact]
    public void The_section_tags_and_authors_are_the_declarations_facts()
    {
        var facts = ArticleParser.Parse(Path, null, IssueExample).Value.Declaration.Facts!;

        Assert.Equal("سياسة", facts.Section);
        Assert.Equal(["الأمن", "تركيا", "المغرب"], facts.Tags);
        Assert.Equal(["إيلاف"], facts.Authors);
    }

    [Fact]
    public void The_search_index_reads_the_same_body_and_title()
    {
        var (_, text) = ArticleParser.ParseText(new ArticleText(Path, null, IssueExample, true));

        var (content, body, title) = text!.Value;
        Assert.Equal(ParseValid(IssueExample).Text, content.Substring(body.Start, body.Length));
        Assert.Equal("المدير العام للأمن الوطني يزور تركيا", title);
    }

    private static ArticleSpec ParseValid(string content) => ParserTests.ParseValid(content);
}
