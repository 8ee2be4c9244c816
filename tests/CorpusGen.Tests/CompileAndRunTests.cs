using System.Globalization;
using System.Text;
using CorpusGen.Tests.Helpers;

namespace CorpusGen.Tests;

public class CompileAndRunTests
{
    [Fact]
    public void Seed_article_has_every_field()
    {
        var corpus = LoadedCorpus.Build([TestFile.Seed()]);
        var article = corpus.Member("Article_000_801cc98336fcfd6a");
        var body = Seeds.Content.Substring(" date 2025-09-20 ".Length).TrimEnd();

        Assert.Equal("801cc98336fcfd6a", article.Id);
        Assert.Equal("000_801cc98336fcfd6a.txt", article.Get<string>("FileName"));
        Assert.Equal(0, article.Get<int?>("Ordinal"));
        Assert.Equal(new DateOnly(2025, 9, 20), article.Get<DateOnly>("Date"));
        Assert.Equal("إيلاف", article.Get<string>("Outlet"));
        Assert.Equal("الرباط", article.Get<string>("City"));
        Assert.Equal(body, article.Text);
        Assert.Equal(Encoding.UTF8.GetBytes(body), article.Utf8Text);
        Assert.Equal(10, article.Paragraphs.Count);
        Assert.Equal(10, article.Get<int>("ParagraphCount"));
        Assert.StartsWith("إيلاف من الرباط: يجري", article.Get<string>("Lead"));
        Assert.Equal(article.Paragraphs[0], article.Get<string>("Lead"));
        Assert.Equal(body.Split("\n\n").Select(paragraph => paragraph.Trim()), article.Paragraphs);
        Assert.Equal(459, article.Get<int>("WordCount"));
        Assert.Equal(body.EnumerateRunes().Count(), article.Get<int>("CharacterCount"));
        Assert.Equal("Arabic", article.Get<object>("Script").ToString());
        Assert.Equal("RightToLeft", article.Get<object>("Direction").ToString());
        Assert.Equal(TimeSpan.FromSeconds(Math.Round(459 * 60.0 / 138)), article.Get<TimeSpan>("ReadingTime"));
        Assert.Equal("801cc98336fcfd6a (2025-09-20)", article.Instance.ToString());
    }

    [Fact]
    public void Text_comes_from_literals_when_articles_are_not_embedded()
    {
        var run = GeneratorHarness.Run([TestFile.Seed()], new Dictionary<string, string> { ["CorpusGenEmbedArticles"] = "false" }, LoadedCorpus.ProbeSource);
        var article = new LoadedCorpus(run.Load(embedArticles: false)).Member("Article_000_801cc98336fcfd6a");

        Assert.Contains("\"u8,", run.SourceDeclaring("Article_000_801cc98336fcfd6a"));
        Assert.Equal(Seeds.Content[" date 2025-09-20 ".Length..].TrimEnd(), article.Text);
        Assert.Equal(10, article.Paragraphs.Count);
    }

    [Fact]
    public void Text_comes_from_the_resource_past_a_BOM()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("date 2025-01-01\r\nBOM\u00E9 first\r\n\r\nsecond 😀\r\n")).ToArray();
        var run = GeneratorHarness.Run([TestFile.FromBytes("000_b0.txt", bytes)], null, LoadedCorpus.ProbeSource);
        var article = Assert.Single(new LoadedCorpus(run.Load()).All);

        Assert.Contains("CorpusGen//000_b0.txt", run.SourceDeclaring("Article_000_b0"));
        Assert.DoesNotContain("\"u8", run.SourceDeclaring("Article_000_b0"));
        Assert.Equal("BOM\u00E9 first\r\n\r\nsecond 😀", article.Text);
        Assert.Equal(["BOM\u00E9 first", "second 😀"], article.Paragraphs);
    }

    [Fact]
    public void Undecodable_bytes_are_stored_as_the_compiler_read_them()
    {
        var bytes = Encoding.UTF8.GetBytes("date 2025-01-01 caf").Concat(new byte[] { 0xE9, 0xFF }).Concat(Encoding.UTF8.GetBytes(" au lait")).ToArray();
        var run = GeneratorHarness.Run([TestFile.FromBytes("000_bad.txt", bytes)], null, LoadedCorpus.ProbeSource);
        var article = Assert.Single(new LoadedCorpus(run.Load()).All);

        Assert.Equal("CGN005", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.Contains("\"u8,", run.SourceDeclaring("Article_000_bad"));
        Assert.Equal("caf\uFFFD\uFFFD au lait", article.Text);
    }

    [Fact]
    public void Missing_resource_fails_with_a_message_that_says_why()
    {
        var run = GeneratorHarness.Run([TestFile.Seed()], null, LoadedCorpus.ProbeSource);
        var article = new LoadedCorpus(run.Load(embedArticles: false)).Member("Article_000_801cc98336fcfd6a");

        Assert.Equal(459, article.Get<int>("WordCount"));
        var error = Assert.Throws<System.Reflection.TargetInvocationException>(() => article.Text).InnerException;
        Assert.IsType<InvalidOperationException>(error);
        Assert.Contains("CorpusGen//000_801cc98336fcfd6a.txt", error.Message);
        Assert.Contains("build the project with the CorpusGen package", error.Message);
    }

    [Fact]
    public void Corpus_lists_finds_and_counts_articles()
    {
        var corpus = LoadedCorpus.Build([
            TestFile.Seed(),
            TestFile.Article("001_aa.txt", "date 2025-01-01 LONDON (Reuters) - First."),
            TestFile.Article("b-side.txt", "date 2025-01-02 Second."),
        ]);

        Assert.Equal(3, corpus.Count);
        Assert.Equal(["801cc98336fcfd6a", "aa", "b-side"], corpus.All.Select(article => article.Id));
        Assert.Equal("aa", corpus.Find("aa")!.Id);
        Assert.Null(corpus.Find("AA"));
        Assert.Null(corpus.Find("missing"));
        Assert.Same(corpus.Find("b-side")!.Instance, corpus.Member("b_side").Instance);
        Assert.Same(corpus.All[0].Instance, corpus.Member("Article_000_801cc98336fcfd6a").Instance);
    }

    [Fact]
    public void Large_numbers_nulls_and_shared_strings_read_back_from_the_tables()
    {
        var paragraph = string.Join(" ", Enumerable.Repeat("كلمة word", 2500));
        var longBody = $"{paragraph}\n\n{paragraph}\n\nEnd.";
        var corpus = LoadedCorpus.Build([
            TestFile.Article("123456_abcdef.txt", "date 2025-03-04 " + longBody),
            TestFile.Article("001_5a3e.txt", "date 2025-01-01 LONDON (LONDON) - Outlet and city alike."),
            TestFile.Article("plain.txt", "date 2025-01-02 No dateline here."),
            TestFile.Article("2147483647_0a.txt", "date 2025-01-03 Largest ordinal."),
            TestFile.Article("1073741823_0b.txt", "date 2025-01-04 Ordinal past thirty bits."),
        ]);

        Assert.Equal(int.MaxValue, corpus.Find("0a")!.Get<int?>("Ordinal"));
        Assert.Equal(1073741823, corpus.Find("0b")!.Get<int?>("Ordinal"));

        var big = corpus.Find("abcdef")!;
        Assert.Equal(longBody, big.Text);
        Assert.Equal([paragraph, paragraph, "End."], big.Paragraphs);
        Assert.Equal(123456, big.Get<int?>("Ordinal"));
        Assert.Equal(new DateOnly(2025, 3, 4), big.Get<DateOnly>("Date"));
        Assert.Equal(10001, big.Get<int>("WordCount"));
        var same = corpus.Member("Article_001_5a3e");
        Assert.Equal(("LONDON", "LONDON"), (same.Get<string?>("Outlet"), same.Get<string?>("City")));
        Assert.Equal(("5a3e", "001_5a3e.txt"), (same.Id, same.Get<string>("FileName")));
        var plain = corpus.Member("plain");
        Assert.Equal(("plain", "plain.txt", null), (plain.Id, plain.Get<string>("FileName"), plain.Get<int?>("Ordinal")));
        Assert.Null(plain.Get<string?>("Outlet"));
        Assert.Null(plain.Get<string?>("City"));
    }

    [Fact]
    public void Hundreds_of_articles_all_read_back_exactly()
    {
        var random = new Random(2025);
        var expected = Enumerable.Range(1, 300).Select(i => SyntheticArticle.Create(i, random)).ToList();

        var corpus = LoadedCorpus.Build(expected.Select(article => article.File).Append(TestFile.Seed()));

        Assert.Equal(301, corpus.Count);
        foreach (var article in expected)
        {
            var loaded = corpus.Find(article.Id) ?? throw new Xunit.Sdk.XunitException($"{article.Id} is missing");
            Assert.Equal(article.Body, loaded.Text);
            Assert.Equal(Encoding.UTF8.GetBytes(article.Body), loaded.Utf8Text);
            Assert.Equal(article.Date, loaded.Get<DateOnly>("Date"));
            Assert.Equal(article.Outlet, loaded.Get<string?>("Outlet"));
            Assert.Equal(article.City, loaded.Get<string?>("City"));
            Assert.Equal(article.Paragraphs, loaded.Paragraphs);
            Assert.Equal(article.Words, loaded.Get<int>("WordCount"));
            Assert.Equal(article.Ordinal, loaded.Get<int?>("Ordinal"));
        }
    }

    /// <summary>An article made up with known fields, in Arabic or English, with one of several dateline forms.</summary>
    private sealed record SyntheticArticle(TestFile File, string Id, int Ordinal, DateOnly Date, string? Outlet, string? City, string Body, string[] Paragraphs, int Words)
    {
        private static readonly string[] ArabicWords = ["قال", "الوزير", "إن", "الحكومة", "ستعلن", "خطة", "جديدة", "للتعليم", "في", "البلاد"];
        private static readonly string[] EnglishWords = ["the", "minister", "said", "government", "would", "announce", "a", "new", "plan", "today"];

        public static SyntheticArticle Create(int ordinal, Random random)
        {
            var arabic = ordinal % 2 == 0;
            var words = arabic ? ArabicWords : EnglishWords;
            var date = new DateOnly(2000, 1, 1).AddDays(random.Next(9000));
            var (dateline, outlet, city) = (ordinal % 3, arabic) switch
            {
                (0, true) => ("إيلاف من القاهرة: ", "إيلاف", "القاهرة"),
                (1, true) => ("بيروت، 3 ديسمبر (رويترز) - ", "رويترز", "بيروت"),
                (0, false) => ("PARIS (AFP) - ", "AFP", "PARIS"),
                (1, false) => ("NEW YORK, Jan 5 (Reuters) - ", "Reuters", "NEW YORK"),
                _ => ("", null, null),
            };

            var paragraphs = Enumerable.Range(0, random.Next(1, 6))
                .Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(3, 40)).Select(_ => words[random.Next(words.Length)])) + ".")
                .ToArray();
            paragraphs[0] = dateline + paragraphs[0];
            var newline = ordinal % 4 == 0 ? "\r\n" : "\n";
            var body = string.Join(newline + newline, paragraphs);
            var id = ordinal.ToString("x8", CultureInfo.InvariantCulture) + "beef";
            var fileName = $"{ordinal:000}_{id}.txt";
            var content = $"date {date:yyyy'-'MM'-'dd} {body}{newline}";
            var wordCount = body.Split([' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Count(token => token.Any(char.IsLetterOrDigit));
            return new SyntheticArticle(TestFile.Article(fileName, content), id, ordinal, date, outlet, city, body, paragraphs, wordCount);
        }
    }
}
