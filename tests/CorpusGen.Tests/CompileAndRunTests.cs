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
        Assert.Equal(459, article.Get<IReadOnlyList<string>>("Words").Count);
        Assert.Equal(["إيلاف", "من", "الرباط:", "يجري"], article.Get<IReadOnlyList<string>>("Words").Take(4));
        Assert.Equal(10, article.Get<int>("SentenceCount"));
        Assert.Equal(article.Paragraphs, article.Get<IReadOnlyList<string>>("Sentences"));
        Assert.Equal(body.EnumerateRunes().Count(), article.Get<int>("CharacterCount"));
        Assert.Equal("Arabic", article.Get<object>("Script").ToString());
        Assert.Equal("RightToLeft", article.Get<object>("Direction").ToString());
        Assert.Equal(TimeSpan.FromSeconds(Math.Round(459 * 60.0 / 138)), article.Get<TimeSpan>("ReadingTime"));
        Assert.Equal("801cc98336fcfd6a (2025-09-20)", article.Instance.ToString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Header_fields_are_read_back_and_an_article_without_a_header_has_none(bool embedded)
    {
        const string header = "date 2025-09-20\ntitle المدير العام للأمن الوطني يزور تركيا\nauthor إيلاف\nauthor Jane Doe\nurl https://elaph.com/Web/News/2025/09/1.html\nsection سياسة\ntags الأمن, تركيا، المغرب\nlanguage ar\n\n";
        var body = "BEIRUT (AP) - First sentence.  Second one.\n\nAnother paragraph.";
        var properties = new Dictionary<string, string> { ["CorpusGenEmbedArticles"] = embedded ? "true" : "false" };
        var corpus = LoadedCorpus.Build([TestFile.Article("000_aa.txt", header + body), TestFile.Article("001_bb.txt", "date 2025-09-21 " + body)], properties, embedded);
        var (with, without) = (corpus.Find("aa")!, corpus.Find("bb")!);

        Assert.Equal("المدير العام للأمن الوطني يزور تركيا", with.Get<string>("Title"));
        Assert.Equal(["إيلاف", "Jane Doe"], with.Get<IReadOnlyList<string>>("Authors"));
        Assert.Equal(new Uri("https://elaph.com/Web/News/2025/09/1.html"), with.Get<Uri>("Url"));
        Assert.Equal("سياسة", with.Get<string>("Section"));
        Assert.Equal(["الأمن", "تركيا", "المغرب"], with.Get<IReadOnlyList<string>>("Tags"));
        Assert.Equal("ar", with.Get<string>("Language"));
        Assert.Equal(body, with.Text);
        Assert.Equal(["BEIRUT (AP) - First sentence.", "Second one.", "Another paragraph."], with.Get<IReadOnlyList<string>>("Sentences"));
        Assert.Equal("AP", with.Get<string>("Outlet"));
        Assert.Same(with.Get<object>("Authors"), with.Get<object>("Authors"));
        Assert.Throws<NotSupportedException>(() => ((IList<string>)with.Get<IReadOnlyList<string>>("Tags")).Add("x"));

        Assert.Null(without.Get<string?>("Title"));
        Assert.Null(without.Get<Uri?>("Url"));
        Assert.Null(without.Get<string?>("Section"));
        Assert.Null(without.Get<string?>("Language"));
        Assert.Empty(without.Get<IReadOnlyList<string>>("Authors"));
        Assert.Empty(without.Get<IReadOnlyList<string>>("Tags"));
        Assert.Equal(body, without.Text);
    }

    [Fact]
    public void The_card_shows_the_title_first()
    {
        var run = GeneratorHarness.Run([TestFile.Article("000_aa.txt", "date 2025-09-20\ntitle Markets <fall> \u202E today\n\nLONDON (Reuters) - Shares fell.")]);

        var card = run.SourceDeclaring("Article_000_aa").Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("///", StringComparison.Ordinal)).ToList();
        Assert.Equal("/// <summary>", card[0]);
        Assert.Equal("/// <para><b>Markets &lt;fall&gt; today</b></para>", card[1]);
        Assert.Equal("/// <para>2025-09-20 · Reuters · LONDON · 4 words · 1 paragraph</para>", card[2]);
        Assert.Empty(run.CompilationProblems);
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

        Assert.Contains("000_b0.txtCorpusGen//", run.SourceDeclaring("Article_000_b0"));
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
    public void A_datelines_region_is_read_back_and_shown_on_the_card()
    {
        var files = new[]
        {
            TestFile.Article("portland.txt", "date 2025-01-01 PORTLAND, Ore. (AP) — A wildfire spread."),
            TestFile.Article("winston.txt", "date 2025-03-02 WINSTON-SALEM, N.C., March 2 - The company said."),
            TestFile.Article("kyiv.txt", "date 2025-04-01 كييف، أوكرانيا (أ ف ب) - قال الجيش."),
        };
        var corpus = LoadedCorpus.Build(files);

        Assert.Equal(("AP", "PORTLAND", "Ore."), Dateline(corpus.Find("portland")!));
        Assert.Equal((null, "WINSTON-SALEM", "N.C."), Dateline(corpus.Find("winston")!));
        Assert.Equal(("أ ف ب", "كييف", "أوكرانيا"), Dateline(corpus.Find("kyiv")!));

        var sources = GeneratorHarness.Run(files).Sources.Select(source => source.SourceText.ToString()).ToList();
        Assert.Contains(sources, source => source.Contains("/// <para>2025-01-01 · AP · PORTLAND, Ore. · ", StringComparison.Ordinal));
        Assert.Contains(sources, source => source.Contains("/// <para>2025-03-02 · WINSTON-SALEM, N.C. · ", StringComparison.Ordinal));

        static (string?, string?, string?) Dateline(LoadedArticle article) =>
            (article.Get<string?>("Outlet"), article.Get<string?>("City"), article.Get<string?>("Region"));
    }

    [Fact]
    public void The_paragraph_style_of_the_project_or_the_item_governs_paragraphs_lead_sentences_and_card()
    {
        const string Wire = "date 2025-03-02\nWASHINGTON (Reuters) - The Senate voted. It passed.\n    The House follows\non Friday.\n    A third one.";
        var files = new[]
        {
            TestFile.Article("wire.txt", Wire),
            new TestFile("/project/corpus/lines.txt", Wire, Paragraphs: "Lines"),
            new TestFile("/project/corpus/blank.txt", Wire, Paragraphs: "blanklines"),
        };
        var properties = new Dictionary<string, string> { ["CorpusGenParagraphs"] = "Indented" };
        var run = GeneratorHarness.Run(files, properties);
        Assert.Empty(run.GeneratorDiagnostics);
        var corpus = new LoadedCorpus(run.Load());

        var wire = corpus.Find("wire")!;
        Assert.Equal(["WASHINGTON (Reuters) - The Senate voted. It passed.", "The House follows\non Friday.", "A third one."], wire.Paragraphs);
        Assert.Equal(("WASHINGTON (Reuters) - The Senate voted. It passed.", 3), (wire.Get<string>("Lead"), wire.Get<int>("ParagraphCount")));
        Assert.Equal(["WASHINGTON (Reuters) - The Senate voted.", "It passed.", "The House follows\non Friday.", "A third one."], wire.Get<IReadOnlyList<string>>("Sentences"));
        Assert.Equal(("Reuters", "WASHINGTON"), (wire.Get<string?>("Outlet"), wire.Get<string?>("City")));
        Assert.Equal(4, corpus.Find("lines")!.Get<int>("ParagraphCount"));
        Assert.Equal(1, corpus.Find("blank")!.Get<int>("ParagraphCount"));
        Assert.Contains(run.Sources, source => source.SourceText.ToString().Contains("· 15 words · 3 paragraphs</para>", StringComparison.Ordinal));
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

    [Fact]
    public void Sentences_at_run_time_are_the_ones_the_parser_found()
    {
        var longSentence = string.Join(" ", Enumerable.Repeat("word", 5000)) + ".";
        var files = new[]
        {
            TestFile.Seed(),
            TestFile.Article("001_e0.txt", "date 2025-01-01 LONDON (Reuters) - Mr. Brown said the U.S. deal was done. \"Is it over?\" he asked. Yes!\n\nA headline\n\n\"Done.\" Then\u00A0more.   Wide gaps.\r\nA line break.\u2003An em space…"),
            TestFile.Article("002_a0.txt", "date 2025-01-02 القاهرة - رويترز: قالت الوزارة، في بيان، إن العدد 2.5 مليون. هل انتهى؟ نعم.\r\n\r\nالتقى د. محمد الوزير. «انتهى.» ثم غادر."),
            TestFile.Article("003_f0.txt", $"date 2025-01-03 {longSentence} Short one. {longSentence}\n\n{longSentence}  After two spaces."),
            TestFile.Article("004_b0.txt", "date 2025-01-04 No terminator at all"),
        };

        var corpus = LoadedCorpus.Build(files);

        foreach (var file in files)
        {
            var parsed = Parsing.ArticleParser.Parse(file.Path, null, file.Content).Value.Article!;
            var expected = parsed.Sentences.Select(sentence => parsed.Text.Substring(sentence.Start, sentence.Length)).ToList();
            var loaded = corpus.Find(parsed.Id)!;
            Assert.Equal(expected, loaded.Get<IReadOnlyList<string>>("Sentences"));
            Assert.Equal(expected.Count, loaded.Get<int>("SentenceCount"));
            Assert.Same(loaded.Get<IReadOnlyList<string>>("Sentences"), loaded.Get<IReadOnlyList<string>>("Sentences"));
        }

        Assert.Equal(
            ["LONDON (Reuters) - Mr. Brown said the U.S. deal was done.", "\"Is it over?\" he asked.", "Yes!", "A headline", "\"Done.\"", "Then\u00A0more.", "Wide gaps.", "A line break.", "An em space…"],
            corpus.Find("e0")!.Get<IReadOnlyList<string>>("Sentences"));
        Assert.Equal(["القاهرة - رويترز: قالت الوزارة، في بيان، إن العدد 2.5 مليون.", "هل انتهى؟", "نعم.", "التقى د. محمد الوزير.", "«انتهى.»", "ثم غادر."], corpus.Find("a0")!.Get<IReadOnlyList<string>>("Sentences"));
        Assert.Equal([longSentence, "Short one.", longSentence, longSentence, "After two spaces."], corpus.Find("f0")!.Get<IReadOnlyList<string>>("Sentences"));
    }

    [Fact]
    public void Words_at_run_time_are_the_tokens_the_word_count_counts()
    {
        var files = new[]
        {
            TestFile.Seed(),
            TestFile.Article("001_e1.txt", "date 2025-01-01 LONDON (Reuters) - The museum — said \"yes\" ... to 1,750 visitors; 2.5% rose. -- | ."),
            TestFile.Article("002_a1.txt", "date 2025-01-02 القاهرة - رويترز: قالت الوزارة ، إن ٢٫٥ مليون « زائر » .\n\n؟ ، – انتهى"),
            TestFile.Article("003_c1.txt", "date 2025-01-03 a\u00A0b\u2003c\u3000d\u0085e\u2028f\u2029g\u202Fh\u205Fi\u1680j\tk\u000Bl\u000Cm\r\nn\u200Bo \u200B p"),
            TestFile.Article("004_d1.txt", "date 2025-01-04 😀 great😀 𝐀 \U00020000 ! \u0301 é e\u0301 ✓✓ 123 ٣"),
            TestFile.Article("005_f1.txt", "date 2025-01-05 - — – … ... \" » Word"),
            TestFile.Article("006_b1.txt", "date 2025-01-06 Ends in punctuation -"),
        };

        var corpus = LoadedCorpus.Build(files);

        foreach (var file in files)
        {
            var parsed = Parsing.ArticleParser.Parse(file.Path, null, file.Content).Value.Article!;
            var loaded = corpus.Find(parsed.Id)!;
            var words = loaded.Get<IReadOnlyList<string>>("Words");
            Assert.Equal(loaded.Get<int>("WordCount"), words.Count);
            Assert.Equal(WordsOf(parsed.Text), words);
            Assert.Same(words, loaded.Get<IReadOnlyList<string>>("Words"));
        }

        Assert.Equal(["LONDON", "(Reuters)", "The", "museum", "said", "\"yes\"", "to", "1,750", "visitors;", "2.5%", "rose."], corpus.Find("e1")!.Get<IReadOnlyList<string>>("Words"));
        Assert.Equal(["القاهرة", "رويترز:", "قالت", "الوزارة", "إن", "٢٫٥", "مليون", "زائر", "انتهى"], corpus.Find("a1")!.Get<IReadOnlyList<string>>("Words"));
        Assert.Equal(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n\u200Bo", "p"], corpus.Find("c1")!.Get<IReadOnlyList<string>>("Words"));
        Assert.Equal(["great😀", "𝐀", "\U00020000", "é", "e\u0301", "123", "٣"], corpus.Find("d1")!.Get<IReadOnlyList<string>>("Words"));
        Assert.Equal(["Word"], corpus.Find("f1")!.Get<IReadOnlyList<string>>("Words"));
    }

    [Fact]
    public void Generated_code_splits_words_at_the_white_space_the_generator_counts_between()
    {
        var run = GeneratorHarness.Run([TestFile.Seed()], null, LoadedCorpus.ProbeSource);
        var isWhiteSpace = run.Load().GetType("Test.NewsArticle+Table", throwOnError: true)!
            .GetMethod("IsWhiteSpace", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .CreateDelegate<Func<char, bool>>();

        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(Text.UnicodeText.IsWhiteSpace((char)c) == isWhiteSpace((char)c), $"U+{c:X4}");
        }
    }

    // The word count's rule, read one token at a time: white-space separated, holding a letter or digit.
    private static List<string> WordsOf(string text)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !Text.UnicodeText.IsWhiteSpace(text[i]))
            {
                continue;
            }

            var token = text[start..i];
            if (Enumerable.Range(0, token.Length).Any(at => !char.IsLowSurrogate(token[at]) && char.IsLetterOrDigit(token, at)))
            {
                words.Add(token);
            }

            start = i + 1;
        }

        return words;
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
