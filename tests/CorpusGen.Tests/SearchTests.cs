using System.Collections;
using CorpusGen.Tests.Helpers;

namespace CorpusGen.Tests;

/// <summary>The generated <c>Search</c>, compiled and run over the index the package's task writes.</summary>
public class SearchTests
{
    private static readonly Dictionary<string, string> Searching = new() { ["CorpusGenSearch"] = "true" };

    private static readonly TestFile[] Corpus =
    [
        TestFile.Seed(),
        TestFile.Article("001_aaaa.txt", "date 2025-01-01 WASHINGTON (Reuters) - The Security Council met on Tuesday. Security was tight."),
        TestFile.Article("002_bbbb.txt", "date 2025-01-02 القاهرة (رويترز) - قال وزير الداخلية إن الأمن مستتب في المدينة."),
        TestFile.Article("003_cccc.txt", "date 2025-01-03 A weather report for the weekend."),
    ];

    [Fact]
    public void The_seed_is_found_by_its_phrase_and_by_a_bare_stem()
    {
        var corpus = LoadedCorpus.Build(Corpus, Searching);

        var phrase = Hits(corpus, "\"الأمن الوطني\"");
        var stem = Hits(corpus, "امن");

        Assert.Equal(["801cc98336fcfd6a"], phrase.Select(hit => hit.Article.Id));
        Assert.Equal(["801cc98336fcfd6a", "bbbb"], stem.Select(hit => hit.Article.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, TotalCount(corpus, "امن"));
    }

    [Fact]
    public void A_hit_is_the_article_Find_gives_with_its_matches_in_its_text()
    {
        var corpus = LoadedCorpus.Build(Corpus, Searching);

        var hit = Assert.Single(Hits(corpus, "security"));

        Assert.Same(corpus.Find("aaaa")!.Instance, hit.Article.Instance);
        Assert.Equal(["Security", "Security"], hit.Matches.Select(match => hit.Article.Text.Substring(match.Start, match.Length)));
        Assert.Equal("WASHINGTON (Reuters) - The Security Council met on Tuesday. Security was tight.", hit.Snippet);
        Assert.Equal(["Security", "Security"], hit.SnippetMatches.Select(match => hit.Snippet.Substring(match.Start, match.Length)));
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public void Titles_are_searched_and_a_hit_by_its_title_alone_has_no_match_in_its_text()
    {
        var corpus = LoadedCorpus.Build(
        [
            .. Corpus,
            TestFile.Article("004_dddd.txt", "date 2025-01-04\ntitle Council elections\n\nLONDON (Reuters) - Voters went to the polls on Thursday."),
            TestFile.Article("005_eeee.txt", "date 2025-01-05\ntitle Weather warning\n\nThe storm reached the coast."),
        ],
        Searching);

        var council = Hits(corpus, "council");
        Assert.Equal(["aaaa", "dddd"], council.Select(hit => hit.Article.Id).Order(StringComparer.Ordinal));
        var byTitle = council.Single(hit => hit.Article.Id == "dddd");
        Assert.Empty(byTitle.Matches);
        Assert.StartsWith("LONDON (Reuters) - Voters", byTitle.Snippet, StringComparison.Ordinal);
        Assert.Equal(["dddd"], Hits(corpus, "\"council elections\"").Select(hit => hit.Article.Id));
        Assert.Equal(["eeee"], Hits(corpus, "+weather +storm").Select(hit => hit.Article.Id));
        Assert.Equal(["cccc"], Hits(corpus, "weather -warning").Select(hit => hit.Article.Id));
    }

    [Fact]
    public void Required_excluded_and_ranked_hits()
    {
        var corpus = LoadedCorpus.Build(Corpus, Searching);

        Assert.Equal(["aaaa", "cccc"], Hits(corpus, "security weather").Select(hit => hit.Article.Id));
        Assert.Equal(["cccc"], Hits(corpus, "+weather security").Select(hit => hit.Article.Id));
        Assert.Equal(["bbbb"], Hits(corpus, "امن -الوطني").Select(hit => hit.Article.Id));
        Assert.Equal(["aaaa"], Hits(corpus, "security weather", top: 1).Select(hit => hit.Article.Id));
        Assert.Equal(2, TotalCount(corpus, "security weather", top: 1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ؟ ...")]
    [InlineData("the of في من")]
    [InlineData("\"")]
    [InlineData("-security")]
    public void Queries_that_ask_for_nothing_find_nothing(string query)
    {
        var corpus = LoadedCorpus.Build(Corpus, Searching);

        Assert.Empty(Hits(corpus, query));
        Assert.Equal(0, TotalCount(corpus, query));
    }

    [Fact]
    public void A_null_query_and_a_top_below_one_throw()
    {
        var corpus = LoadedCorpus.Build(Corpus, Searching);

        Assert.Equal("query", Assert.Throws<ArgumentNullException>(() => corpus.Call("Search", [null, 10])).ParamName);
        Assert.Equal("top", Assert.Throws<ArgumentOutOfRangeException>(() => corpus.Call("Search", ["security", 0])).ParamName);
    }

    [Fact]
    public void Each_collection_searches_its_own_articles()
    {
        var files = Corpus.Append(TestFile.Article("wire.txt", "date 2025-02-01 Security forces deployed.", "Wire")).ToArray();
        var run = GeneratorHarness.Run(files, Searching, LoadedCorpus.ProbeSource);
        var assembly = run.Load();

        Assert.Equal(["aaaa"], Hits(new LoadedCorpus(assembly), "security").Select(hit => hit.Article.Id));
        Assert.Equal(["wire"], Hits(new LoadedCorpus(assembly, "Test.Wire"), "security").Select(hit => hit.Article.Id));
    }

    [Fact]
    public void Without_the_index_in_the_assembly_a_search_says_what_is_missing()
    {
        var run = GeneratorHarness.Run(Corpus, Searching, LoadedCorpus.ProbeSource);
        var corpus = new LoadedCorpus(run.Load(embedSearchIndex: false));

        var error = Assert.Throws<InvalidOperationException>(() => corpus.Call("Search", ["security", 10]));
        Assert.Contains("CorpusGenSearch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_index_of_other_articles_is_refused()
    {
        var stale = GeneratorHarness.Run(Corpus.Take(3), Searching).SearchIndex()!;
        var run = GeneratorHarness.Run(Corpus, Searching, LoadedCorpus.ProbeSource);
        var corpus = new LoadedCorpus(run.LoadWithSearchIndex(stale));

        var error = Assert.Throws<InvalidOperationException>(() => corpus.Call("Search", ["security", 10]));
        Assert.Contains("other articles", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corpus_too_large_for_an_index_is_refused_with_what_to_do()
    {
        var error = Assert.Throws<InvalidOperationException>(() => GeneratorHarness.SearchIndex(Corpus, Searching, maxPostingsBytes: 100));

        Assert.Equal("The search index of NewsCorpus would hold more than 100 bytes of postings, the most an index can: set CorpusGenSearch to false, or split its 4 articles into smaller classes with the NewsArticle items' Collection metadata.", error.Message);
        Assert.NotEmpty(GeneratorHarness.SearchIndex(Corpus, Searching, maxPostingsBytes: 100_000)!);
    }

    [Fact]
    public void Without_CorpusGenSearch_there_is_no_search()
    {
        var run = GeneratorHarness.Run(Corpus, new Dictionary<string, string> { ["CorpusGenSearch"] = "false" });

        Assert.DoesNotContain(run.Sources, source => source.HintName.Contains("Search", StringComparison.Ordinal));
        Assert.Null(run.SearchIndex());
    }

    [Fact]
    public void Searches_from_many_threads_give_the_same_hits()
    {
        var corpus = LoadedCorpus.Build(Corpus, Searching);
        string[] queries = ["security", "امن", "\"الأمن الوطني\"", "weather -report", "security weather"];
        var expected = queries.Select(query => Describe(corpus, query)).ToArray();

        var results = new string[40];
        Parallel.For(0, results.Length, i => results[i] = Describe(corpus, queries[i % queries.Length]));

        Assert.All(Enumerable.Range(0, results.Length), i => Assert.Equal(expected[i % queries.Length], results[i]));
    }

    private static string Describe(LoadedCorpus corpus, string query) =>
        string.Join(" ", Hits(corpus, query).Select(hit => $"{hit.Article.Id}:{hit.Score}:{hit.Snippet}"));

    private static int TotalCount(LoadedCorpus corpus, string query, int top = 10)
    {
        var results = corpus.Call("Search", [query, top])!;
        return (int)results.GetType().GetProperty("TotalCount")!.GetValue(results)!;
    }

    private static List<Hit> Hits(LoadedCorpus corpus, string query, int top = 10) =>
        ((IEnumerable)corpus.Call("Search", [query, top])!).Cast<object>().Select(hit => new Hit(hit)).ToList();

    private sealed class Hit(object hit)
    {
        public LoadedArticle Article
        {
            get
            {
                var article = hit.GetType().GetProperty("Article")!.GetValue(hit)!;
                return new(article, article.GetType().Assembly.GetType("Test.Probe")!);
            }
        }

        public float Score => (float)hit.GetType().GetProperty("Score")!.GetValue(hit)!;

        public string Snippet => (string)hit.GetType().GetProperty("Snippet")!.GetValue(hit)!;

        public IReadOnlyList<(int Start, int Length)> Matches => Spans("Matches");

        public IReadOnlyList<(int Start, int Length)> SnippetMatches => Spans("SnippetMatches");

        private List<(int, int)> Spans(string property) =>
            ((IEnumerable)hit.GetType().GetProperty(property)!.GetValue(hit)!).Cast<object>()
                .Select(match => ((int)match.GetType().GetProperty("Start")!.GetValue(match)!, (int)match.GetType().GetProperty("Length")!.GetValue(match)!))
                .ToList();
    }
}
