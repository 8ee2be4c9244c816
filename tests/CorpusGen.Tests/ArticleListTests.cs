using CorpusGen.Model;
using CorpusGen.Reading;
using CorpusGen.Text;

namespace CorpusGen.Tests;

/// <summary>The list of articles the package's targets write, as the generator reads it.</summary>
public class ArticleListTests
{
    [Theory]
    [InlineData("/p/corpus/a.txt", "/p/corpus/a.txt")]
    [InlineData("C:\\p\\corpus\\a.txt", "C:/p/corpus/a.txt")]
    [InlineData("/p/./corpus/a.txt", "/p/corpus/a.txt")]
    [InlineData("/p/other/../corpus/a.txt", "/p/corpus/a.txt")]
    [InlineData("C:\\p\\corpus\\.\\sub\\..\\a.txt", "C:/p/corpus/a.txt")]
    public void A_path_is_found_however_the_compiler_spells_it(string listed, string asked)
    {
        var list = ArticleListReader.Parse(listed + "\tWire\n");

        Assert.Equal(["Wire"], CollectionsOf(list, asked));
    }

    [Fact]
    public void Each_line_gives_a_path_and_its_collection_or_none()
    {
        var list = ArticleListReader.Parse("/p/a.txt\t\r\n/p/b c.txt\tWire\n\n/p/#;%.txt\tArchive\n");

        Assert.Equal([null], CollectionsOf(list, "/p/a.txt"));
        Assert.Equal(["Wire"], CollectionsOf(list, "/p/b c.txt"));
        Assert.Equal(["Archive"], CollectionsOf(list, "/p/#;%.txt"));
        Assert.Empty(CollectionsOf(list, "/p/A.txt"));
        Assert.Empty(CollectionsOf(list, "/p/other.txt"));
        Assert.Empty(list.Diagnostics);
    }

    [Fact]
    public void A_file_declared_again_is_listed_with_each_collection_once_in_declaration_order()
    {
        var list = ArticleListReader.Parse("/p/a.txt\tWire\n/p/a.txt\t\n/p/./a.txt\tWire\n/p/a.txt\tSport\n/p/a.txt\t\n");

        Assert.Equal(["Wire", null, "Sport"], CollectionsOf(list, "/p/a.txt"));
        Assert.Empty(list.Diagnostics);
    }

    [Fact]
    public void A_path_that_differs_from_an_earlier_one_only_in_case_is_an_error_and_no_article()
    {
        // MSBuild takes the two paths for one file, and gives the compiler the first.
        var list = ArticleListReader.Parse("/p/Story.txt\t\n/p/story.txt\tWire\n/p/STORY.txt\t\n/p/story.txt\t\n");

        Assert.Equal([null], CollectionsOf(list, "/p/Story.txt"));
        Assert.Empty(CollectionsOf(list, "/p/story.txt"));
        Assert.Equal(["/p/story.txt", "/p/STORY.txt"], list.Diagnostics.Select(diagnostic => diagnostic.FilePath));
        Assert.All(list.Diagnostics, diagnostic => Assert.Equal("CGN012", diagnostic.Descriptor.Id));
        Assert.Equal("'story.txt' has the path of '/p/Story.txt' but for letter case, and MSBuild takes both for one file: rename one, or spell both paths alike; this declaration is skipped", list.Diagnostics[0].ToDiagnostic().GetMessage());
    }

    [Fact]
    public void A_path_with_a_lone_surrogate_is_found_after_its_trip_through_UTF8()
    {
        var path = "/p/a\uD800.txt";
        var written = System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(path + "\t\n"));

        Assert.Equal([null], CollectionsOf(ArticleListReader.Parse(written), path));
    }

    [Theory]
    [InlineData("/p/obj/Debug/net10.0/NewsArticles.corpusgen", true)]
    [InlineData("C:\\p\\obj\\NEWSARTICLES.CORPUSGEN", true)]
    [InlineData("NewsArticles.corpusgen", true)]
    [InlineData("/p/corpus/MyNewsArticles.corpusgen", false)]
    [InlineData("/p/corpus/NewsArticles.corpusgen.txt", false)]
    public void The_list_is_known_by_its_file_name(string path, bool isList)
    {
        Assert.Equal(isList, ArticleListReader.IsArticleList(path));
    }

    [Fact]
    public void Lists_compare_by_their_lines_and_merge_into_one()
    {
        var first = ArticleListReader.Parse("/p/a.txt\t\n");
        var second = ArticleListReader.Parse("/p/b.txt\tWire\n");

        Assert.Equal(first, ArticleListReader.Parse("/p/a.txt\t\n"));
        Assert.NotEqual(first, second);
        var merged = ArticleListReader.Merge([first, second]);
        Assert.Equal([null], CollectionsOf(merged, "/p/a.txt"));
        Assert.Equal(["Wire"], CollectionsOf(merged, "/p/b.txt"));
        Assert.Same(first, ArticleListReader.Merge([first]));
        Assert.Empty(CollectionsOf(ArticleListReader.Merge([]), "/p/a.txt"));
    }

    [Fact]
    public void A_declaration_carries_its_paragraph_style_as_written_and_each_collection_its_own()
    {
        var list = ArticleListReader.Parse("/p/a.txt\t\tIndented\n/p/a.txt\tWire\tLines\n/p/a.txt\t\tBlankLines\n/p/b.txt\tWire\t \n/p/c.txt\tWire\n");

        Assert.Equal([new ListedArticle(null, "Indented"), new ListedArticle("Wire", "Lines")], list.Value.DeclarationsOf(ArticlePaths.Normalize("/p/a.txt")));
        Assert.Equal([new ListedArticle("Wire", null)], list.Value.DeclarationsOf(ArticlePaths.Normalize("/p/b.txt")));
        Assert.Equal([new ListedArticle("Wire", null)], list.Value.DeclarationsOf(ArticlePaths.Normalize("/p/c.txt")));
        var copy = ArticleListReader.Parse("/p/obj/utf-8/1/d.txt\tWire\t\t/p/corpus/d.txt\n");
        Assert.Equal([new ListedArticle("Wire", null, "/p/corpus/d.txt")], copy.Value.DeclarationsOf(ArticlePaths.Normalize("/p/obj/utf-8/1/d.txt")));
    }

    // The generator asks for a file by the path the compiler gives, as ArticleFiles does.
    private static IReadOnlyList<string?> CollectionsOf(Result<ArticleList> list, string path) =>
        list.Value.DeclarationsOf(ArticlePaths.Normalize(path)).Select(listed => listed.Collection).ToList();
}
