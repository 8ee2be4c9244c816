using CorpusGen.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneSearcher = Lucene.Net.Search.IndexSearcher;
using LuceneSimilarity = Lucene.Net.Search.Similarities.BM25Similarity;

namespace CorpusGen.Tests;

/// <summary>The index's bytes, the query language and BM25 ranking, on corpora built in the test.</summary>
public class SearchScorerTests
{
    private static readonly string[] Three =
    [
        "Security forces",
        "Security, security council meeting",
        "Weather report",
    ];

    [Fact]
    public void BM25_scores_are_the_hand_computed_ones()
    {
        // N = 3 articles of 2, 4 and 2 terms: average length 8/3. "security" (secur) is in 2 articles:
        // idf = ln(1 + (3 - 2 + 0.5) / (2 + 0.5)) = ln 1.6 = 0.470004. Lengths are read as Lucene stores them: 4 as 4,
        // 2 as 2.56 (1 / sqrt(2) kept as 0.625).
        // Article 1, tf 2, length 4: 0.470004 × 2 × 2.2 / (2 + 1.2 × (0.25 + 0.75 × 4 / (8/3))) = 0.470004 × 4.4 / 3.65 = 0.566580.
        // Article 0, tf 1, length 2: 0.470004 × 2.2 / (1 + 1.2 × (0.25 + 0.75 × 2.56 / (8/3))) = 0.470004 × 2.2 / 2.164 = 0.477823.
        var (articles, scores, total) = Search(Three, "security");

        Assert.Equal([1, 0], articles);
        Assert.Equal(0.566580, scores[0], 5);
        Assert.Equal(0.477823, scores[1], 5);
        Assert.Equal(2, total);
    }

    [Fact]
    public void Terms_of_a_query_add_up_and_any_one_makes_a_hit()
    {
        // "weather" (weather) is in 1 article: idf = ln(1 + 2.5 / 1.5) = 0.980829; tf 1 in an article of 2 terms.
        var (articles, scores, total) = Search(Three, "security weather");

        Assert.Equal([2, 1, 0], articles);
        Assert.Equal(0.980829 * 2.2 / 2.164, scores[0], 5);
        Assert.Equal(3, total);
    }

    [Theory]
    [InlineData("\"security council\"", "1")]
    [InlineData("\"council security\"", "")]
    [InlineData("\"security forces\"", "0")]
    [InlineData("+security +council", "1")]
    [InlineData("+security weather", "1 0")]
    [InlineData("security -council", "0")]
    [InlineData("-security", "")]
    [InlineData("weather -\"security council\"", "2")]
    [InlineData("+\"weather report\" security", "2")]
    [InlineData("\"security forces", "0")]
    [InlineData("+missing security", "")]
    [InlineData("missing security", "1 0")]
    [InlineData("the of and", "")]
    [InlineData("", "")]
    [InlineData("   \t ", "")]
    [InlineData("!!! ... ؟", "")]
    [InlineData("\"", "")]
    [InlineData("+ - \"\"", "")]
    public void Phrases_required_and_excluded_terms(string query, string expected) =>
        Assert.Equal(expected, string.Join(" ", Search(Three, query).Articles));

    [Fact]
    public void A_phrase_with_a_stop_word_matches_the_words_with_any_stop_word_between()
    {
        string[] texts = ["the council of ministers met", "the council and ministers", "council ministers"];

        // "of" leaves a gap: the phrase asks for council, any one word, ministers.
        Assert.Equal("1 0", string.Join(" ", Search(texts, "\"council of ministers\"").Articles.Order().Reverse()));
        Assert.Equal("2", string.Join(" ", Search(texts, "\"council ministers\"").Articles));
    }

    [Fact]
    public void Phrases_match_where_a_plain_scan_of_the_terms_finds_them()
    {
        // Few words, so phrases of two and three words, repeated words and stop-word gaps all occur.
        string[] words = ["alpha", "beta", "gamma", "delta", "the", "of"];
        var random = new Random(44);
        var texts = Enumerable.Range(0, 300).Select(_ => string.Join(" ", Enumerable.Range(0, random.Next(1, 40)).Select(_ => words[random.Next(words.Length)]))).ToArray();
        var index = Index(texts);
        for (var run = 0; run < 60; run++)
        {
            var phrase = string.Join(" ", Enumerable.Range(0, random.Next(2, 4)).Select(_ => words[random.Next(words.Length)]));
            var query = SearchQuery.Parse("\"" + phrase + "\"");
            if (query.Clauses.Count == 0)
            {
                continue;
            }

            var expected = texts.Select((text, article) => (article, SearchAnalyzer.Analyze(text)))
                .Where(pair => Holds(pair.Item2, query.Clauses[0]))
                .Select(pair => pair.article)
                .ToHashSet();
            var (articles, _, total) = SearchScorer.Search(index, query, 1000);

            Assert.True(expected.SetEquals(articles), phrase);
            Assert.Equal(expected.Count, total);
        }

        static bool Holds(List<SearchTerm> terms, SearchQuery.Clause phrase) =>
            terms.Any(start => start.Text == phrase.Terms[0] && Enumerable.Range(1, phrase.Terms.Length - 1)
                .All(i => terms.Any(term => term.Text == phrase.Terms[i] && term.Position == start.Position + phrase.Offsets[i])));
    }

    [Fact]
    public void A_word_that_analysis_cuts_is_a_phrase()
    {
        string[] texts = ["send an e-mail", "e and then mail"];

        Assert.Equal([0], Search(texts, "e-mail").Articles);
    }

    [Fact]
    public void Arabic_spellings_find_each_other()
    {
        string[] texts = ["المدير العام للأمن الوطني", "الأَمن في المدينة", "امن", "مدينة أخرى"];

        Assert.Equal("0 1 2", string.Join(" ", Search(texts, "أمن").Articles.Order()));
        Assert.Equal([0], Search(texts, "\"الأمن الوطني\"").Articles);
    }

    [Fact]
    public void Top_cuts_the_list_but_not_the_total()
    {
        var texts = Enumerable.Range(0, 50).Select(i => $"report {string.Join(" ", Enumerable.Repeat("news", i % 7))} day{i}").ToArray();

        var (articles, _, total) = Search(texts, "report news", top: 5);
        var (all, _, _) = Search(texts, "report news", top: 1000);

        Assert.Equal(50, total);
        Assert.Equal(5, articles.Length);
        Assert.Equal(all.Take(5), articles);
        Assert.Equal(50, all.Length);
    }

    [Fact]
    public void Equal_scores_rank_by_article_order()
    {
        string[] texts = ["alpha beta", "gamma delta", "alpha beta", "alpha beta"];

        Assert.Equal([0, 2, 3], Search(texts, "alpha").Articles);
    }

    [Fact]
    public void An_empty_corpus_and_articles_without_terms_find_nothing()
    {
        Assert.Empty(Search([], "alpha").Articles);
        Assert.Empty(Search(["", "!!!", "the"], "alpha the").Articles);
    }

    [Fact]
    public void Any_query_returns_in_bounded_work()
    {
        var texts = Enumerable.Range(0, 200).Select(i => string.Join(" ", Enumerable.Range(0, 50).Select(j => $"w{(i * j) % 97}"))).ToArray();
        var index = Index(texts);
        var random = new Random(15);
        var alphabet = "ab w1 \"+-،.؟ الأمن\u064E\uD83D\uDE00\uD800\u200F\t\n0123456789".ToCharArray();
        for (var run = 0; run < 300; run++)
        {
            var query = new string(Enumerable.Range(0, random.Next(0, 80)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var (articles, scores, total) = SearchScorer.Search(index, SearchQuery.Parse(query), 10);
            Assert.True(articles.Length <= 10 && articles.Length <= total && scores.All(float.IsFinite), query);
        }

        var huge = string.Join(" ", Enumerable.Range(0, 30_000).Select(i => $"w{i % 97}"));
        Assert.True(huge.Length > 100_000);
        Assert.Equal(SearchQuery.MaxTerms, SearchQuery.Parse(huge).Clauses.Sum(clause => clause.Terms.Length));
        Assert.NotEmpty(SearchScorer.Search(index, SearchQuery.Parse(huge), 10).Articles);
        // As a phrase of its first 1,024 terms, in an order no article has.
        Assert.Empty(SearchScorer.Search(index, SearchQuery.Parse("\"" + huge), 10).Articles);
    }

    [Fact]
    public void Searches_from_many_threads_give_the_same_results()
    {
        var texts = Enumerable.Range(0, 300).Select(i => string.Join(" ", Enumerable.Range(0, 40).Select(j => $"w{(i + (j * j)) % 61}"))).ToArray();
        var index = Index(texts);
        string[] queries = ["w1 w2", "\"w3 w4\"", "+w5 -w6", "w7 w8 w9 w10"];
        var expected = queries.Select(query => Describe(SearchScorer.Search(index, SearchQuery.Parse(query), 20))).ToArray();

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = Describe(SearchScorer.Search(index, SearchQuery.Parse(queries[i % queries.Length]), 20)));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % queries.Length], results[i]);
        }
    }

    [Fact]
    public void Damaged_bytes_are_a_clear_error()
    {
        var error = Assert.Throws<InvalidDataException>(() => SearchIndex.Open(new MemoryStream([1, 2, 3])));
        Assert.Contains("rebuild", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rankings_agree_with_Lucene_on_the_same_corpus()
    {
        // Terms of varied frequency, so that idf and length both matter; Arabic and English articles apart, each
        // indexed by Lucene with its language's analyzer, as a user of Lucene would.
        var arabic = MadeUpArticles(["الأمن", "الوطني", "المدير", "العام", "تركيا", "المغرب", "زيارة", "التعاون", "الشرطة", "الحكومة", "الاقتصاد", "مدينة", "الرباط", "القاهرة", "وزير", "الخارجية", "الأسبوع", "المقبل", "المحادثات", "الإقليمي"], 400, 1);
        var english = MadeUpArticles(["security", "police", "government", "minister", "talks", "regional", "economy", "city", "visit", "cooperation", "week", "next", "council", "forces", "report", "weather", "market", "prices", "election", "court"], 400, 2);
        string[] arabicQueries = ["الأمن", "امن", "الأَمن الوطني", "\"الأمن الوطني\"", "تركيا المغرب", "زيارة", "الشرطة الحكومة", "+الرباط القاهرة", "وزير -الخارجية", "الاقتصاد", "المحادثات الإقليمي", "مدينة"];
        string[] englishQueries = ["security", "police forces", "\"security council\"", "government minister", "+economy prices", "election -court", "weather report", "visits", "cooperation regional", "market"];

        var overlaps = Overlaps(arabic, arabicQueries, new ArabicAnalyzer(LuceneVersion.LUCENE_48))
            .Concat(Overlaps(english, englishQueries, new EnglishAnalyzer(LuceneVersion.LUCENE_48)))
            .ToList();

        Assert.True(overlaps.Average() >= 0.8, $"mean top-10 overlap {overlaps.Average():F2}: {string.Join(", ", overlaps.Select(o => o.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    [Fact]
    public void A_title_word_weighs_twice_a_text_word_with_the_titles_own_statistics()
    {
        // Titles: article 0 "Security update" (2 terms), the others none: N = 3, average title length 2/3.
        // "security" is in 1 title: idf = ln(1 + 2.5 / 1.5) = 0.980829; length 2 read as 2.56:
        // 0.980829 × 2.2 / (1 + 1.2 × (0.25 + 0.75 × 2.56 / (2/3))) = 2.157824 / 4.756 = 0.453706, twice 0.907412,
        // added to article 0's 0.477823 from its text (BM25_scores_are_the_hand_computed_ones).
        var (text, titles) = IndexWithTitles(Three, ["Security update", null, null]);

        var (articles, scores, total) = SearchScorer.Search(text, titles, SearchQuery.Parse("security"), 10);

        Assert.Equal([0, 1], articles);
        Assert.Equal(0.477823 + 0.907412, scores[0], 4);
        Assert.Equal(0.566580, scores[1], 5);
        Assert.Equal(2, total);
    }

    [Theory]
    [InlineData("update", "0")]
    [InlineData("+update +forces", "0")]
    [InlineData("+update +weather", "")]
    [InlineData("+security +update", "0")]
    [InlineData("security -update", "1")]
    [InlineData("\"security update\"", "0")]
    [InlineData("\"update security\"", "")]
    [InlineData("+report update", "2")]
    public void A_clause_matches_in_either_field_and_counts_once(string query, string expected)
    {
        var (text, titles) = IndexWithTitles(Three, ["Security update", null, null]);

        Assert.Equal(expected, string.Join(" ", SearchScorer.Search(text, titles, SearchQuery.Parse(query), 10).Articles));
    }

    [Fact]
    public void Rankings_with_titles_agree_with_Lucene_given_the_same_boost()
    {
        var words = new[] { "security", "police", "government", "minister", "talks", "regional", "economy", "city", "visit", "cooperation", "week", "next", "council", "forces", "report", "weather", "market", "prices", "election", "court" };
        var texts = MadeUpArticles(words, 400, 3);
        var random = new Random(4);
        var titles = texts.Select(_ => random.Next(3) == 0 ? null : string.Join(" ", Enumerable.Range(0, random.Next(3, 9)).Select(_ => words[random.Next(words.Length)]))).ToArray();
        string[] queries = ["security", "police forces", "\"security council\"", "government minister", "+economy prices", "election -court", "weather report", "visits", "cooperation regional", "market"];
        var overlaps = Overlaps(texts, queries, new EnglishAnalyzer(LuceneVersion.LUCENE_48), titles).ToList();

        Assert.True(overlaps.Average() >= 0.8, $"mean top-10 overlap {overlaps.Average():F2}");
    }

    // Each query's top-10 overlap with Lucene's, indexing the titles, when given, as a field of their own that
    // the query reaches as CorpusGen's does, boosted.
    private static IEnumerable<double> Overlaps(string[] texts, string[] queries, Analyzer analyzer, string?[]? titles = null)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new LuceneSimilarity() }))
        {
            for (var i = 0; i < texts.Length; i++)
            {
                var document = new Document { new TextField("text", texts[i], Field.Store.NO) };
                if (titles?[i] is { } title)
                {
                    document.Add(new TextField("title", title, Field.Store.NO));
                }

                writer.AddDocument(document);
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new LuceneSearcher(reader) { Similarity = new LuceneSimilarity() };
        var parser = titles is null
            ? new QueryParser(LuceneVersion.LUCENE_48, "text", analyzer)
            : new MultiFieldQueryParser(LuceneVersion.LUCENE_48, ["title", "text"], analyzer, new Dictionary<string, float> { ["title"] = SearchScorer.TitleBoost, ["text"] = 1f });
        var (index, titleIndex) = titles is null ? (Index(texts), null) : IndexWithTitles(texts, titles);
        foreach (var query in queries)
        {
            var lucene = searcher.Search(parser.Parse(query), 10).ScoreDocs;
            var ours = SearchScorer.Search(index, titleIndex, SearchQuery.Parse(query), 10);
            Assert.True(lucene.Length > 0, $"Lucene finds nothing for {query}");
            Assert.Equal(lucene[0].Score, ours.Scores[0], 3);
            yield return ours.Articles.Count(lucene.Select(hit => hit.Doc).Contains) / (double)Math.Max(lucene.Length, ours.Articles.Length);
        }
    }

    // Articles of 20 to 200 words, each word drawn with a probability that falls with its rank.
    private static string[] MadeUpArticles(string[] words, int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(_ => string.Join(" ", Enumerable.Range(0, random.Next(20, 200)).Select(_ => words[(int)(words.Length * Math.Pow(random.NextDouble(), 2.5))])))
            .ToArray();
    }

    private static string Describe((int[] Articles, float[] Scores, int Total) result) =>
        $"{result.Total}: " + string.Join(" ", result.Articles.Zip(result.Scores, (article, score) => $"{article}={score:R}"));

    private static (int[] Articles, float[] Scores, int Total) Search(string[] texts, string query, int top = 10) =>
        SearchScorer.Search(Index(texts), SearchQuery.Parse(query), top);

    private static (SearchIndex Text, SearchIndex Titles) IndexWithTitles(string[] texts, string?[] titles)
    {
        var bytes = SearchIndex.WriteFile(
        [
            ("C", 1UL, SearchIndex.Write(texts.Select(text => (IReadOnlyList<SearchTerm>)SearchAnalyzer.Analyze(text)).ToList())),
            (SearchIndex.TitlesOf("C"), 1UL, SearchIndex.Write(titles.Select(title => (IReadOnlyList<SearchTerm>)SearchAnalyzer.Analyze(title ?? "")).ToList())),
        ]);
        var stream = new MemoryStream(bytes, writable: false);
        return (SearchIndex.Open(stream, "C", 1UL), SearchIndex.Open(stream, SearchIndex.TitlesOf("C"), 1UL));
    }

    private static SearchIndex Index(string[] texts)
    {
        var bytes = SearchIndex.Write(texts.Select(text => (IReadOnlyList<SearchTerm>)SearchAnalyzer.Analyze(text)).ToList());
        return SearchIndex.Open(new MemoryStream(bytes, writable: false));
    }
}
