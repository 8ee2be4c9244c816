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
