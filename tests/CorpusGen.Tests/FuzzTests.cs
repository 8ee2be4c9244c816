using System.Diagnostics;
using System.Text;
using CorpusGen.Model;
using CorpusGen.Parsing;
using CorpusGen.Text;
using CorpusGen.Tests.Helpers;

namespace CorpusGen.Tests;

/// <summary>
/// Random bytes and random mutations of the seed, through the parser and the whole generator. Seeded, so a failure
/// reproduces; bounded in count and time, so the suite stays fast.
/// </summary>
public class FuzzTests
{
    private const int Seed = 20250920;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    private static readonly string[] Hostile =
    [
        "\"", "\\", "{", "}", "\"\"\"", "*/", "</summary>", "&", "]]>", "\0", "\u0001", "\u0085", "\u2028", "\u2029",
        "\u202E", "\u2066", "\u200F", "\u200D", "\uFEFF", "😀", "\uD800", "\uDC00", "\r", "\n", "\r\n", "\t", " ",
        "date ", "2025-02-30", "(Reuters) -", "إيلاف من ", ":", "#if", "u8", "\uFFFD", "\u0301", "ً",
    ];

    [Fact]
    public void Parser_never_throws_and_keeps_its_invariants()
    {
        var random = new Random(Seed);
        var clock = Stopwatch.StartNew();
        var headed = 0;
        for (var i = 0; i < 5000 && clock.Elapsed < Budget; i++)
        {
            var content = (i % 3) switch { 0 => RandomBytes(random), 1 => Mutate(Seeds.Content, random), _ => RandomHeader(random) };

            var result = ArticleParser.Parse("/fuzz/file.txt", null, content);

            if (result.Value.Article is null)
            {
                Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
                continue;
            }

            var article = result.Value.Article;
            Assert.NotEmpty(article.Text);
            Assert.Equal(-1, TextMetrics.Measure(article.Content, article.Body).FirstLoneSurrogate);
            Assert.NotEmpty(article.Paragraphs);
            foreach (var paragraph in article.Paragraphs)
            {
                Assert.InRange(paragraph.Length, 1, article.Text.Length);
                Assert.InRange(paragraph.End, 1, article.Text.Length);
                Assert.False(UnicodeText.IsWhiteSpace(article.Text[paragraph.Start]));
                Assert.False(UnicodeText.IsWhiteSpace(article.Text[paragraph.End - 1]));
            }

            AssertSentencesSplitParagraphsAtWhiteSpace(article);
            AssertHeaderValuesAreTrimmedAndValid(article.Header);
            headed += article.Header.HasValues ? 1 : 0;
        }

        Assert.InRange(headed, 100, int.MaxValue);
    }

    private static void AssertHeaderValuesAreTrimmedAndValid(ArticleHeader header)
    {
        string?[] values = [header.Title, header.Url, header.Section, header.Language, .. header.Authors, .. header.Tags];
        foreach (var value in values.OfType<string>())
        {
            Assert.NotEmpty(value);
            Assert.False(UnicodeText.IsWhiteSpace(value[0]) || UnicodeText.IsWhiteSpace(value[^1]), $"'{value}' is not trimmed");
            Assert.DoesNotContain('\n', value);
            Assert.DoesNotContain('\r', value);
        }

        Assert.Equal(header.Tags.Count, header.Tags.Distinct().Count());
        Assert.DoesNotContain(header.Tags, tag => tag.Contains(',') || tag.Contains('\u060C'));
        Assert.True(header.Url is null || new Uri(header.Url, UriKind.Absolute).Scheme is "http" or "https");
        Assert.True(header.Language is null || header.Language.All(char.IsAscii));
    }

    // What the table's encoding of sentences relies on: each paragraph is its sentences, white space between them.
    private static void AssertSentencesSplitParagraphsAtWhiteSpace(ArticleSpec article)
    {
        var (text, next) = (article.Text, 0);
        foreach (var paragraph in article.Paragraphs)
        {
            var at = paragraph.Start;
            do
            {
                var sentence = article.Sentences[next++];
                Assert.True(sentence.Start == at, $"a sentence starts at {sentence.Start}, not at {at}");
                Assert.InRange(sentence.End, at + 1, paragraph.End);
                Assert.False(UnicodeText.IsWhiteSpace(text[sentence.End - 1]));
                at = UnicodeText.SkipWhiteSpace(text, sentence.End);
                Assert.True(sentence.End == paragraph.End || at > sentence.End, "no white space after a sentence");
            }
            while (at < paragraph.End);
        }

        Assert.Equal(article.Sentences.Count, next);
    }

    [Fact]
    public void Generator_never_throws_and_everything_it_makes_compiles()
    {
        var random = new Random(Seed + 1);
        var clock = Stopwatch.StartNew();
        var (articles, rejected) = (0, 0);
        for (var batch = 0; batch < 6 && clock.Elapsed < Budget; batch++)
        {
            var files = Enumerable.Range(0, 80)
                .Select(i => TestFile.Article(RandomFileName(random, batch, i), (i % 4) switch { 0 => RandomBytes(random), 1 => RandomHeader(random), _ => Mutate(Seeds.Content, random) }))
                .ToList();

            var run = GeneratorHarness.Run(files);

            Assert.Null(run.Result.Results.Single().Exception);
            Assert.DoesNotContain(run.GeneratorDiagnostics, diagnostic => diagnostic.Id == "CS8785");
            Assert.Empty(run.CompilationProblems);
            var generated = run.Sources.Select(source => source.SourceText.ToString()).ToList();
            foreach (var file in files)
            {
                var fileName = Path.GetFileName(file.Path);
                var reported = run.GeneratorDiagnostics.Any(diagnostic => diagnostic.Location.GetLineSpan().Path == file.Path);
                var emitted = generated.Any(source => source.Contains($"/// <remarks>From <c>{Emit.DocComment.Text(fileName)}</c>, ", StringComparison.Ordinal));
                Assert.True(reported || emitted, $"{fileName} was neither generated nor reported");
                articles += emitted ? 1 : 0;
                rejected += emitted ? 0 : 1;
            }
        }

        // Both paths must have been exercised for the run to mean anything.
        Assert.InRange(articles, 100, int.MaxValue);
        Assert.InRange(rejected, 20, int.MaxValue);
    }

    [Fact]
    public void One_pass_measures_agree_with_counting_character_by_character()
    {
        string[] pieces = ["The", "news", "٢٠٢٥", "42", "الرباط", "Привет", "שלום", "ข่าว", "新闻", "\U00020000", "𝐀", "😀", "-", "،", "\u0301"];
        var random = new Random(Seed + 2);
        for (var i = 0; i < 3000; i++)
        {
            var text = new StringBuilder(random.Next(2) == 0 ? Mutate(Seeds.Content, random) : "");
            for (var count = random.Next(0, 40); count > 0; count--)
            {
                text.Append(random.Next(3) == 0 ? Hostile[random.Next(Hostile.Length)] : pieces[random.Next(pieces.Length)]);
            }

            var body = text.ToString();
            var content = "date 2025-01-01 " + body + " \n";
            Assert.Equal(CountOneByOne(body), TextMetrics.Measure(content, new TextRange("date 2025-01-01 ".Length, body.Length)));
        }
    }

    [Fact]
    public void Display_of_part_of_a_text_is_the_start_of_the_display_of_all_of_it()
    {
        var random = new Random(Seed + 3);
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => Hostile[random.Next(Hostile.Length)] + (random.Next(2) == 0 ? "word" : "")));
            var whole = UnicodeText.ToDisplay(text);
            var maxLength = random.Next(0, whole.Length + 2);

            var part = UnicodeText.ToDisplay("<" + text + ">", 1, text.Length, maxLength);

            Assert.Equal(whole.Substring(0, Math.Min(maxLength, whole.Length)), part);
        }
    }

    // Reads one character at a time, asking the same questions the one-pass measure asks of its table.
    private static TextMeasures CountOneByOne(string text)
    {
        var letters = new Dictionary<ArticleScript, int>();
        var (words, characters, firstLoneSurrogate) = (0, 0, -1);
        var (inToken, tokenHasLetter) = (false, false);
        var (tokens, nonWords) = (0, new List<int>());
        for (var i = 0; i < text.Length; i++)
        {
            characters++;
            if (UnicodeText.IsWhiteSpace(text[i]))
            {
                words += inToken && tokenHasLetter ? 1 : 0;
                EndToken();
                (inToken, tokenHasLetter) = (false, false);
                continue;
            }

            inToken = true;
            var pair = char.IsSurrogatePair(text, i);
            if (!pair && char.IsSurrogate(text[i]))
            {
                firstLoneSurrogate = firstLoneSurrogate < 0 ? i : firstLoneSurrogate;
                continue;
            }

            tokenHasLetter |= char.IsLetterOrDigit(text, i);
            var script = pair ? UnicodeText.ScriptOfLetter(text, i) : UnicodeText.ScriptOfLetter(text[i]);
            letters[script] = letters.GetValueOrDefault(script) + 1;
            i += pair ? 1 : 0;
        }

        var mostUsed = letters.Where(pair => pair.Key != ArticleScript.Unknown)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key)
            .Select(pair => pair.Key)
            .FirstOrDefault();
        words += inToken && tokenHasLetter ? 1 : 0;
        EndToken();
        return new TextMeasures(words, characters, mostUsed, firstLoneSurrogate, nonWords.ToEquatableArray());

        void EndToken()
        {
            if (inToken && !tokenHasLetter)
            {
                nonWords.Add(tokens);
            }

            tokens += inToken ? 1 : 0;
        }
    }

    private static string RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 300)];
        random.NextBytes(bytes);
        if (random.Next(3) == 0)
        {
            // A valid header in front of junk reaches the emitter.
            return "date 2025-09-20 " + Encoding.UTF8.GetString(bytes);
        }

        return Encoding.UTF8.GetString(bytes);
    }

    // A date line, then lines that are mostly header lines with hostile values, maybe a blank line, then a body.
    private static string RandomHeader(Random random)
    {
        string[] names = ["title", "author", "url", "section", "tags", "language", "titles", "Title", ""];
        string[] values = ["https://example.com/a", "http://x", "ftp://y", "ar", "en-US", "english", "a, b،c", ",", "", " "];
        var header = new StringBuilder("date 2025-09-20").Append(random.Next(4) == 0 ? " " : "").Append('\n');
        for (var lines = random.Next(1, 7); lines > 0; lines--)
        {
            header.Append(names[random.Next(names.Length)]).Append(random.Next(5) == 0 ? "" : " ");
            for (var parts = random.Next(0, 4); parts > 0; parts--)
            {
                header.Append(random.Next(2) == 0 ? values[random.Next(values.Length)] : Hostile[random.Next(Hostile.Length)]);
            }

            header.Append(random.Next(6) == 0 ? "\r\n" : "\n");
        }

        return header.Append(random.Next(5) == 0 ? "" : "\n").Append(Mutate(Seeds.Content[17..], random)).ToString();
    }

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (var edits = random.Next(1, 8); edits > 0; edits--)
        {
            // Most edits land after the header, so most mutants still parse and reach the emitter.
            var at = random.Next(0, 6) == 0 ? random.Next(builder.Length + 1) : random.Next(Math.Min(17, builder.Length), builder.Length + 1);
            switch (random.Next(4))
            {
                case 0:
                    builder.Insert(at, Hostile[random.Next(Hostile.Length)]);
                    break;
                case 1:
                    builder.Remove(at, Math.Min(random.Next(1, 200), builder.Length - at));
                    break;
                case 2:
                    builder.Insert(at, (char)random.Next(0, 0x10000));
                    break;
                default:
                    builder.Length = Math.Max(at, 1);
                    break;
            }
        }

        return builder.ToString();
    }

    private static string RandomFileName(Random random, int batch, int index)
    {
        var name = new StringBuilder();
        for (var length = random.Next(0, 6); length > 0; length--)
        {
            var piece = Hostile[random.Next(Hostile.Length)];
            name.Append(piece.Replace('/', '_').Replace('\\', '_'));
        }

        // The batch and index keep paths unique, as paths on a disk are. A tab or a line break in a path stops the
        // build in the package's targets (CGN013, an integration test), so no such path reaches the generator.
        return $"{name.ToString().Replace('\t', '_').Replace('\r', '_').Replace('\n', '_')}_{batch}_{index}.txt";
    }
}
