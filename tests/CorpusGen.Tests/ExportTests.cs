using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using CorpusGen.Emit;
using CorpusGen.Model;
using CorpusGen.Tests.Helpers;

namespace CorpusGen.Tests;

/// <summary><c>WriteJsonLines</c> and <c>WriteDatasetCard</c>, compiled and run, read back as Python's loaders would read them.</summary>
public class ExportTests
{
    private static readonly string[] Keys =
        ["id", "file", "ordinal", "date", "title", "authors", "url", "section", "tags", "language", "outlet", "city", "region", "script", "direction", "word_count", "sentence_count", "paragraph_count", "character_count", "text"];

    private const string Hostile =
        "date 2025-01-01 LONDON (Reuters) - He said \"yes\" to C:\\temp\\new and \\u0041.\r\n\r\n"
        + "Controls \u0001\u001F\u007F\u0085 tab\there NUL\u0000 end.\n\n"
        + "Emoji 😀 👍🏽 and bidi \u202Eevil\u202C \u2066isolate\u2069 \u200F\u061C marks, line\u2028separator\u2029 \uFEFF bom.\n";

    [Fact]
    public void Json_lines_hold_every_field_of_every_article_and_its_exact_text()
    {
        var (corpus, type) = Build([
            TestFile.Seed(),
            TestFile.Article("001_aa.txt", Hostile),
            TestFile.Article("002_cnn.txt", "date 2025-03-01 (CNN) — An outlet without a city, 'quoted' <b>&amp;</b>."),
            TestFile.Article("plain.txt", "date 2024-02-29 No dateline here.\n\nTwo paragraphs."),
            TestFile.FromBytes("003_u16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("date 2025-03-03 lone "), 0x00, 0xD8, .. Encoding.Unicode.GetBytes(" surrogate")]),
            TestFile.Article("004_dd.txt", "date 2025-03-04\ntitle \"Quoted\" \u202Eheadline\nauthor Jane Doe\nauthor إيلاف\nurl https://example.com/a?b=1&c=\"2\"\nsection World\ntags one, two\nlanguage en-GB\n\nBody."),
        ]);

        var bytes = JsonLines(type);
        var output = Encoding.UTF8.GetString(bytes);
        var lines = output.Split('\n');

        Assert.Equal(corpus.Count + 1, lines.Length);
        Assert.Equal("", lines[^1]);
        Assert.DoesNotContain('\r', output);
        Assert.Equal(bytes, Encoding.UTF8.GetBytes(output));
        Assert.Contains("\"outlet\":\"إيلاف\"", output, StringComparison.Ordinal);
        for (var i = 0; i < corpus.Count; i++)
        {
            AssertLine(corpus.All[i], lines[i]);
        }

        var hostile = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal(Hostile["date 2025-01-01 ".Length..].TrimEnd(), hostile.GetProperty("text").GetString());
        Assert.Equal(("Reuters", "LONDON", 1), (hostile.GetProperty("outlet").GetString(), hostile.GetProperty("city").GetString(), hostile.GetProperty("ordinal").GetInt32()));
        var cnn = JsonDocument.Parse(lines[2]).RootElement;
        Assert.Equal(("CNN", JsonValueKind.Null), (cnn.GetProperty("outlet").GetString(), cnn.GetProperty("city").ValueKind));

        // A UTF-16 file's lone surrogate is U+FFFD in Text already: no text can hold one.
        var utf16 = JsonDocument.Parse(lines[3]).RootElement.GetProperty("text").GetString()!;
        Assert.Equal("lone \uFFFD surrogate", utf16);

        var plain = JsonDocument.Parse(lines[5]).RootElement;
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("ordinal").ValueKind);
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("outlet").ValueKind);
        Assert.Equal("2024-02-29", plain.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("title").ValueKind);
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("url").ValueKind);
        Assert.Equal(0, plain.GetProperty("tags").GetArrayLength());
        Assert.Equal(0, plain.GetProperty("authors").GetArrayLength());

        var headed = JsonDocument.Parse(lines[4]).RootElement;
        Assert.Equal("\"Quoted\" \u202Eheadline", headed.GetProperty("title").GetString());
        Assert.Equal(["Jane Doe", "إيلاف"], headed.GetProperty("authors").EnumerateArray().Select(author => author.GetString()));
        Assert.Equal("https://example.com/a?b=1&c=\"2\"", headed.GetProperty("url").GetString());
        Assert.Equal(("World", "en-GB"), (headed.GetProperty("section").GetString(), headed.GetProperty("language").GetString()));
        Assert.Equal(["one", "two"], headed.GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()));
        Assert.Equal("Body.", headed.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    [InlineData("fa-IR")]
    public void Dates_are_Gregorian_and_both_overloads_write_the_same_lines_under_any_culture(string culture)
    {
        var (_, type) = Build([TestFile.Seed(), TestFile.Article("plain.txt", "date 2024-02-29 Leap day, 3.5 million.")]);
        var invariant = JsonLines(type);

        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var text = new StringWriter { NewLine = "\r\n" };
            type.GetMethod("WriteJsonLines", [typeof(TextWriter)])!.Invoke(null, [text]);

            Assert.Equal(invariant, JsonLines(type));
            Assert.Equal(Encoding.UTF8.GetString(invariant), text.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }

        var dates = Encoding.UTF8.GetString(invariant).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("date").GetString());
        Assert.Equal(["2025-09-20", "2024-02-29"], dates);
    }

    [Fact]
    public void Each_collection_class_exports_its_own_articles()
    {
        var run = GeneratorHarness.Run([TestFile.Seed(), TestFile.Article("w1.txt", "date 2025-05-05 BEIRUT — Wire copy.", "Wire")], null, LoadedCorpus.ProbeSource);
        Assert.Empty(run.CompilationProblems);
        var wire = run.Load().GetType("Test.Wire", throwOnError: true)!;
        var card = new StringWriter();

        var line = Assert.Single(Encoding.UTF8.GetString(JsonLines(wire)).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        wire.GetMethod("WriteDatasetCard")!.Invoke(null, [card]);

        Assert.Equal("Wire copy.", JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()![^10..]);
        Assert.StartsWith("---\npretty_name: Wire\n", card.ToString(), StringComparison.Ordinal);
        Assert.Contains("\n1 news article, dated 2025-05-05, ", card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        var (_, type) = Build([TestFile.Seed()]);

        foreach (var (name, parameter) in new[] { ("WriteJsonLines", typeof(Stream)), ("WriteJsonLines", typeof(TextWriter)), ("WriteDatasetCard", typeof(TextWriter)) })
        {
            var error = Assert.Throws<TargetInvocationException>(() => type.GetMethod(name, [parameter])!.Invoke(null, [null]));
            Assert.IsType<ArgumentNullException>(error.InnerException);
        }
    }

    [Fact]
    public void The_dataset_card_has_the_header_and_the_counts_of_the_corpus()
    {
        var (_, type) = Build([
            TestFile.Seed(),
            TestFile.Article("001_aa.txt", "date 2025-01-01\nsection World\ntags Markets, Oil\n\nLONDON (Reuters) - First."),
            TestFile.Article("002_bb.txt", "date 2025-02-01\nsection World\ntags Oil\n\nLONDON (Reuters) - Second."),
            TestFile.Article("003_he.txt", "date 2025-03-02 כתבה קצרה בעברית על העיר."),
            TestFile.Article("plain.txt", "date 2024-02-29 No dateline."),
        ]);
        var writer = new StringWriter { NewLine = "\r\n" };

        type.GetMethod("WriteDatasetCard")!.Invoke(null, [writer]);

        var card = writer.ToString();
        Assert.DoesNotContain('\r', card);
        var header = card[..(card.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)];
        Assert.Equal(
            """
            ---
            pretty_name: NewsCorpus
            language:
            - ar
            - he
            # No language inferred for 3 articles in Latin script: many languages write it. Add their ISO 639-1 codes (en, fr, ru, ...) under language.
            size_categories:
            - n<1K
            dataset_info:
              features:
              - name: id
                dtype: string
              - name: file
                dtype: string
              - name: ordinal
                dtype: int32
              - name: date
                dtype: date32
              - name: title
                dtype: string
              - name: authors
                sequence: string
              - name: url
                dtype: string
              - name: section
                dtype: string
              - name: tags
                sequence: string
              - name: language
                dtype: string
              - name: outlet
                dtype: string
              - name: city
                dtype: string
              - name: region
                dtype: string
              - name: script
                dtype: string
              - name: direction
                dtype: string
              - name: word_count
                dtype: int32
              - name: sentence_count
                dtype: int32
              - name: paragraph_count
                dtype: int32
              - name: character_count
                dtype: int32
              - name: text
                dtype: string
              splits:
              - name: train
                num_examples: 5
            ---

            """.ReplaceLineEndings("\n"),
            header);
        Assert.Contains("\n5 news articles, dated 2024-02-29 to 2025-09-20, ", card, StringComparison.Ordinal);
        Assert.Contains("\n| Latin |  | 3 |\n| Arabic | ar | 1 |\n| Hebrew | he | 1 |\n", card, StringComparison.Ordinal);
        Assert.Contains("\n## Outlets\n\n| name | articles | first date | last date |\n|---|---:|---|---|\n| Reuters | 2 | 2025-01-01 | 2025-02-01 |\n| إيلاف | 1 | 2025-09-20 | 2025-09-20 |\n| *none* | 2 | | |\n", card, StringComparison.Ordinal);
        Assert.Contains("\n## Cities\n\n| name | articles | first date | last date |\n|---|---:|---|---|\n| LONDON | 2 | 2025-01-01 | 2025-02-01 |\n| الرباط | 1 | 2025-09-20 | 2025-09-20 |\n| *none* | 2 | | |\n", card, StringComparison.Ordinal);
        Assert.Contains("\n## Sections\n\n| name | articles | first date | last date |\n|---|---:|---|---|\n| World | 2 | 2025-01-01 | 2025-02-01 |\n| *none* | 3 | | |\n", card, StringComparison.Ordinal);
        Assert.Contains("\n## Tags\n\n| name | articles | first date | last date |\n|---|---:|---|---|\n| Oil | 2 | 2025-01-01 | 2025-02-01 |\n| Markets | 1 | 2025-01-01 | 2025-01-01 |\n| *none* | 3 | | |\n", card, StringComparison.Ordinal);
        Assert.DoesNotContain("\n## Authors\n", card, StringComparison.Ordinal);
        foreach (var key in Keys)
        {
            Assert.Contains($"\n| `{key}` | ", card, StringComparison.Ordinal);
        }

        Assert.Contains("\n| `tags` | sequence of string | ", card, StringComparison.Ordinal);
    }

    [Fact]
    public void The_card_names_the_languages_the_headers_give_before_those_of_the_scripts()
    {
        var (_, type) = Build([
            TestFile.Article("001_aa.txt", "date 2025-01-01\nlanguage en-GB\n\nLONDON (Reuters) - First."),
            TestFile.Article("002_bb.txt", "date 2025-01-02\nlanguage fr\n\nPARIS (AFP) - Deuxième."),
            TestFile.Article("003_cc.txt", "date 2025-01-03\nlanguage EN\n\nLONDON (Reuters) - Third."),
            TestFile.Article("004_dd.txt", "date 2025-01-04\nlanguage x-private\n\nNo code for this one."),
            TestFile.Article("005_ee.txt", "date 2025-01-05 An English article that names no language."),
            TestFile.Seed(),
        ]);
        var writer = new StringWriter();

        type.GetMethod("WriteDatasetCard")!.Invoke(null, [writer]);

        var card = writer.ToString();
        Assert.Contains("\nlanguage:\n- en\n- fr\n- ar\n# No language inferred for 2 articles in Latin script:", card, StringComparison.Ordinal);
    }

    [Fact]
    public void The_card_escapes_what_Markdown_would_read_and_lists_the_most_frequent_values()
    {
        var values = Enumerable.Range(0, DatasetCard.ListedValues + 2)
            .Select(i => new FacetValue(i == 0 ? "A|B *x* [l](u) <i>\u202E\n" : "Outlet" + i.ToString("000", CultureInfo.InvariantCulture), "M" + i, new ArticleDate(2025, 1, 1), new ArticleDate(2025, 1, 2), new EquatableArray<int>([i])))
            .ToEquatableArray();
        var facets = new CollectionFacets(
            "Wire",
            new EquatableArray<Facet>([new Facet("Outlets", "ByOutlet", "outlet", values, EquatableArray<int>.Empty, "dateline")]),
            Enumerable.Range(0, values.Count).ToEquatableArray(),
            Enumerable.Repeat(new ArticleDate(2025, 1, 1), values.Count).ToEquatableArray(),
            Enum.GetValues<ArticleScript>().Select(script => script == ArticleScript.Cyrillic ? Enumerable.Range(0, values.Count).ToEquatableArray() : EquatableArray<int>.Empty).ToEquatableArray(),
            EquatableArray<(string, int)>.Empty,
            Enum.GetValues<ArticleScript>().Select(script => script == ArticleScript.Cyrillic ? values.Count : 0).ToEquatableArray());

        var card = DatasetCard.Write(facets, ExportEmitter.Fields);

        Assert.Contains("\n| A\\|B \\*x\\* \\[l\\]\\(u\\) \\<i\\> | 1 | 2025-01-01 | 2025-01-02 |\n", card, StringComparison.Ordinal);
        Assert.Contains($"\n| Outlet{DatasetCard.ListedValues - 1:000} | 1 |", card, StringComparison.Ordinal);
        Assert.DoesNotContain($"| Outlet{DatasetCard.ListedValues:000} |", card, StringComparison.Ordinal);
        Assert.Contains("\n| *2 more* | 2 | | |\n", card, StringComparison.Ordinal);
        Assert.DoesNotContain("\nlanguage:", card, StringComparison.Ordinal);
        Assert.Contains("\n# No language inferred for 52 articles in Cyrillic script:", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "n<1K")]
    [InlineData(999, "n<1K")]
    [InlineData(1_000, "1K<n<10K")]
    [InlineData(9_999, "1K<n<10K")]
    [InlineData(10_000, "10K<n<100K")]
    [InlineData(100_000, "100K<n<1M")]
    [InlineData(1_000_000, "1M<n<10M")]
    [InlineData(int.MaxValue, "1B<n<10B")]
    public void Size_categories_are_spelled_as_Hugging_Face_spells_them(int count, string category) =>
        Assert.Equal(category, DatasetCard.SizeCategory(count));

    [Fact]
    public void A_corpus_of_thousands_of_articles_streams_in_chunks_and_keeps_no_text()
    {
        const int Articles = 3000;
        var paragraph = string.Join(' ', Enumerable.Repeat("كلمة word", 60));
        var files = Enumerable.Range(0, Articles)
            .Select(i => TestFile.Article($"{i:0000}_{i:x6}.txt", $"date 2025-01-01 {i} {paragraph}\n\n{paragraph}"))
            .ToList();
        var (corpus, type) = Build(files, new Dictionary<string, string> { ["CorpusGenArticleMembers"] = "false" });
        var stream = new CountingStream();

        type.GetMethod("WriteJsonLines", [typeof(Stream)])!.Invoke(null, [stream]);

        // Every write is a chunk of whole lines, no bigger than a chunk and a line: nothing gathers the corpus.
        var longestLine = stream.Lines.Max(line => Encoding.UTF8.GetByteCount(line) + 1);
        Assert.Equal(Articles, stream.Lines.Count);
        Assert.True(stream.LargestWrite <= ExportEmitter.ChunkBytes + longestLine, $"a write of {stream.LargestWrite} bytes");
        Assert.True(stream.Writes >= stream.Total / (ExportEmitter.ChunkBytes + longestLine), $"{stream.Writes} writes of {stream.Total} bytes");
        Assert.True(stream.Total > 10 * ExportEmitter.ChunkBytes, $"{stream.Total} bytes");
        Assert.True(stream.Flushed);

        // No article keeps the file its text was read from, nor a decoded text.
        var articles = corpus.All.Select(article => article.Instance).ToList();
        var kept = articles[0].GetType()
            .GetFields(BindingFlags.Instance | BindingFlags.NonPublic)
            .Where(field => field.Name is "_file" or "_text")
            .ToList();
        Assert.Equal(2, kept.Count);
        Assert.All(articles, article => Assert.All(kept, field => Assert.Null(field.GetValue(article))));
        Assert.Equal($"1234 {paragraph}\n\n{paragraph}", JsonDocument.Parse(stream.Lines[1234]).RootElement.GetProperty("text").GetString());
    }

    private static (LoadedCorpus Corpus, Type Type) Build(IEnumerable<TestFile> files, IReadOnlyDictionary<string, string>? properties = null)
    {
        var run = GeneratorHarness.Run(files, properties, LoadedCorpus.ProbeSource);
        Assert.Empty(run.CompilationProblems);
        var assembly = run.Load();
        return (new LoadedCorpus(assembly), assembly.GetType("Test.NewsCorpus", throwOnError: true)!);
    }

    private static byte[] JsonLines(Type corpus)
    {
        var stream = new MemoryStream();
        corpus.GetMethod("WriteJsonLines", [typeof(Stream)])!.Invoke(null, [stream]);
        return stream.ToArray();
    }

    /// <summary>One line, parsed as Python's loaders parse it: the keys in order, each value the article's.</summary>
    private static void AssertLine(LoadedArticle article, string line)
    {
        var json = JsonDocument.Parse(line).RootElement;
        Assert.Equal(JsonValueKind.Object, json.ValueKind);
        Assert.Equal(Keys, json.EnumerateObject().Select(property => property.Name));
        Assert.Equal(article.Id, json.GetProperty("id").GetString());
        Assert.Equal(article.Get<string>("FileName"), json.GetProperty("file").GetString());
        Assert.Equal(article.Get<int?>("Ordinal"), json.GetProperty("ordinal").ValueKind == JsonValueKind.Null ? null : json.GetProperty("ordinal").GetInt32());
        Assert.Equal(article.Get<DateOnly>("Date"), DateOnly.ParseExact(json.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(article.Get<string?>("Title"), json.GetProperty("title").GetString());
        Assert.Equal(article.Get<IReadOnlyList<string>>("Authors"), json.GetProperty("authors").EnumerateArray().Select(author => author.GetString()!));
        Assert.Equal(article.Get<Uri?>("Url")?.OriginalString, json.GetProperty("url").GetString());
        Assert.Equal(article.Get<string?>("Section"), json.GetProperty("section").GetString());
        Assert.Equal(article.Get<IReadOnlyList<string>>("Tags"), json.GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()!));
        Assert.Equal(article.Get<string?>("Language"), json.GetProperty("language").GetString());
        Assert.Equal(article.Get<string?>("Outlet"), json.GetProperty("outlet").GetString());
        Assert.Equal(article.Get<string?>("City"), json.GetProperty("city").GetString());
        Assert.Equal(article.Get<string?>("Region"), json.GetProperty("region").GetString());
        Assert.Equal(article.Get<object>("Script").ToString(), json.GetProperty("script").GetString());
        Assert.Equal(article.Get<object>("Direction").ToString(), json.GetProperty("direction").GetString());
        Assert.Equal(article.Get<int>("WordCount"), json.GetProperty("word_count").GetInt32());
        Assert.Equal(article.Get<int>("SentenceCount"), json.GetProperty("sentence_count").GetInt32());
        Assert.Equal(article.Get<int>("ParagraphCount"), json.GetProperty("paragraph_count").GetInt32());
        Assert.Equal(article.Get<int>("CharacterCount"), json.GetProperty("character_count").GetInt32());
        Assert.Equal(article.Text, json.GetProperty("text").GetString());
    }

    /// <summary>A stream that keeps only what it is told: how much each write held, and the lines.</summary>
    private sealed class CountingStream : Stream
    {
        private readonly List<byte> _line = [];

        public List<string> Lines { get; } = [];

        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public long Total { get; private set; }

        public bool Flushed { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            Total += buffer.Length;
            Assert.True(buffer.Length == 0 || buffer[^1] == (byte)'\n', "a write that ends within a line");
            foreach (var b in buffer)
            {
                if (b == (byte)'\n')
                {
                    Lines.Add(Encoding.UTF8.GetString([.. _line]));
                    _line.Clear();
                }
                else
                {
                    _line.Add(b);
                }
            }
        }

        public override void Flush() => Flushed = true;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
