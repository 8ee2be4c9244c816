using CorpusGen.Reading;

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
        var list = ArticleList.Parse(listed + "\tWire\n");

        Assert.True(list.TryFind(asked, out var collection));
        Assert.Equal("Wire", collection);
    }

    [Fact]
    public void Each_line_gives_a_path_and_its_collection_or_none()
    {
        var list = ArticleList.Parse("/p/a.txt\t\r\n/p/b c.txt\tWire\n\n/p/#;%.txt\tArchive\n");

        Assert.True(list.TryFind("/p/a.txt", out var none));
        Assert.Null(none);
        Assert.True(list.TryFind("/p/b c.txt", out var wire));
        Assert.Equal("Wire", wire);
        Assert.True(list.TryFind("/p/#;%.txt", out var archive));
        Assert.Equal("Archive", archive);
        Assert.False(list.TryFind("/p/A.txt", out _));
        Assert.False(list.TryFind("/p/other.txt", out _));
    }

    [Fact]
    public void A_path_with_a_lone_surrogate_is_found_after_its_trip_through_UTF8()
    {
        var path = "/p/a\uD800.txt";
        var written = System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(path + "\t\n"));

        Assert.True(ArticleList.Parse(written).TryFind(path, out _));
    }

    [Theory]
    [InlineData("/p/obj/Debug/net10.0/NewsArticles.corpusgen", true)]
    [InlineData("C:\\p\\obj\\NEWSARTICLES.CORPUSGEN", true)]
    [InlineData("NewsArticles.corpusgen", true)]
    [InlineData("/p/corpus/MyNewsArticles.corpusgen", false)]
    [InlineData("/p/corpus/NewsArticles.corpusgen.txt", false)]
    public void The_list_is_known_by_its_file_name(string path, bool isList)
    {
        Assert.Equal(isList, ArticleList.IsArticleList(path));
    }

    [Fact]
    public void Lists_compare_by_their_lines_and_merge_into_one()
    {
        var first = ArticleList.Parse("/p/a.txt\t\n");
        var second = ArticleList.Parse("/p/b.txt\tWire\n");

        Assert.Equal(first, ArticleList.Parse("/p/a.txt\t\n"));
        Assert.NotEqual(first, second);
        var merged = ArticleList.Merge([first, second]);
        Assert.True(merged.TryFind("/p/a.txt", out _));
        Assert.True(merged.TryFind("/p/b.txt", out _));
        Assert.Same(first, ArticleList.Merge([first]));
        Assert.False(ArticleList.Merge([]).TryFind("/p/a.txt", out _));
    }
}
