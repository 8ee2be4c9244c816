using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CorpusGen.Model;
using CorpusGen.Text;

namespace CorpusGen.Emit;

/// <summary>
/// The format of a shard's table of article metadata, whole: the row layout, the encoder, and the decoder the
/// generated <c>NewsArticle</c> holds (<see cref="Description"/> says how it is laid out). A string and a UTF-8
/// literal per shard cost the compiler next to nothing, where an array initializer costs it a bound node per number,
/// twice when analyzers run, and a constructor call per article more still. The numbers, most of a table, are kept
/// out of the assembly's user-string heap (16 MB at most), and a program's first article reads only their pages.
/// </summary>
public static class ArticleTable
{
    /// <summary>How a table is laid out: the decoder's doc comment, and the one description of the format.</summary>
    public const string Description =
        """
        The articles of one shard of a corpus class, their metadata computed at compile time: the strings, each stored
        once, in a string, and the numbers in a UTF-8 literal, of digits of base 64, digit d written as the byte '0' + d.
        The numbers start with the width w of the fixed ones, as a digit; then the row count and the start of each row,
        w digits each, highest first; a row is its number of values, then the values. A value n is stored as n + 1 in
        groups of 5 bits, highest first, each group a digit, 32 added to all but the last. A string value is a start
        and a length in the strings, the length -1 for null. After the fields of fixed place come the paragraphs, a
        start and a length each; the tokens that are no word (NonWordCount of them), by their index among the text's
        white-space separated tokens; then, unless every paragraph is one sentence, for each paragraph its number of
        sentences and a cut after each of them but the last: the sentence's length times two, plus one when the white
        space after it is not one unit long, followed then by that white space's length. A paragraph's first sentence
        starts where the paragraph starts, its last ends where it ends.
        """;

    private const int DigitBits = 6;
    private const int GroupBits = 5;
    private const int MoreFollows = 1 << GroupBits;
    private const char Zero = '0';

    /// <summary>Where each field lies in a row: the strings first, a start and a length each.</summary>
    private static readonly (string Name, int Offset)[] Fields =
    [
        ("Id", 0), ("FileName", 2), ("Outlet", 4), ("City", 6), ("ResourceName", 8),
        ("Ordinal", 10), ("Date", 11), ("WordCount", 12), ("CharacterCount", 13), ("Script", 14),
        ("TextStart", 15), ("TextLength", 16), ("FileLength", 17), ("ParagraphCount", 18), ("SentenceCount", 19),
        ("NonWordCount", 20), ("Paragraphs", 21),
    ];

    /// <summary>An article's row: its strings, then its numbers in the order of <see cref="Fields"/>.</summary>
    public static ArticleRow Row(ArticleSpec article, string? resourceName)
    {
        var slice = resourceName is null ? default : article.FileBytes.GetValueOrDefault();
        var numbers = new List<int>(11 + (2 * article.Paragraphs.Count) + article.NonWordTokens.Count)
        {
            article.Ordinal ?? -1,
            article.Date.Number,
            article.WordCount,
            article.CharacterCount,
            (int)article.Script,
            slice.Start,
            slice.Length,
            slice.FileLength,
            article.Paragraphs.Count,
            article.Sentences.Count,
            article.NonWordTokens.Count,
        };
        foreach (var paragraph in article.Paragraphs)
        {
            numbers.Add(paragraph.Start);
            numbers.Add(paragraph.Length);
        }

        numbers.AddRange(article.NonWordTokens);
        AddSentences(numbers, article.Paragraphs, article.Sentences);
        return new ArticleRow(article.Id, article.FileName, article.Outlet, article.City, resourceName, numbers.ToEquatableArray());
    }

    // Sentences lie within paragraphs, the white space between them mostly one space: a paragraph's sentence count
    // and the lengths of all but its last sentence place them, and the seed's paragraphs, one sentence each, need
    // nothing at all.
    private static void AddSentences(List<int> numbers, EquatableArray<TextRange> paragraphs, EquatableArray<TextRange> sentences)
    {
        if (sentences.Count == paragraphs.Count)
        {
            return;
        }

        var next = 0;
        foreach (var paragraph in paragraphs)
        {
            var first = next;
            while (next < sentences.Count && sentences[next].Start < paragraph.End)
            {
                next++;
            }

            numbers.Add(next - first);
            for (var i = first; i < next - 1; i++)
            {
                var space = sentences[i + 1].Start - sentences[i].End;
                numbers.Add((sentences[i].Length * 2) + (space == 1 ? 0 : 1));
                if (space != 1)
                {
                    numbers.Add(space);
                }
            }
        }
    }

    /// <summary>The two constants of a shard's table: its strings, and its numbers, the text of a UTF-8 literal.</summary>
    public static (string Strings, string Numbers) Encode(IReadOnlyList<ArticleRow> rows)
    {
        var strings = new StringBuilder();
        var stored = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var encodedRows = new StringBuilder();
        var rowStarts = new List<int>(rows.Count);
        var values = new List<int>();
        foreach (var row in rows)
        {
            // Longest first, so that the shorter strings can point into them.
            foreach (var text in new[] { row.ResourceName, row.FileName, row.Id, row.Outlet, row.City })
            {
                Store(text, row, strings, stored);
            }

            values.Clear();
            foreach (var text in new[] { row.Id, row.FileName, row.Outlet, row.City, row.ResourceName })
            {
                values.Add(text is null ? 0 : stored[text]);
                values.Add(text?.Length ?? -1);
            }

            values.AddRange(row.Numbers);
            rowStarts.Add(encodedRows.Length);
            AppendVariable(encodedRows, values.Count);
            foreach (var value in values)
            {
                AppendVariable(encodedRows, value);
            }
        }

        // The fixed numbers hold the row starts, which count the fixed numbers' own digits.
        var width = 1;
        while ((1 + (width * (1 + rows.Count)) + encodedRows.Length) >> (DigitBits * width) != 0 || rows.Count >> (DigitBits * width) != 0)
        {
            width++;
        }

        var headerLength = 1 + (width * (1 + rows.Count));
        var numbers = new StringBuilder(headerLength + encodedRows.Length).Append((char)(Zero + width));
        AppendFixed(numbers, width, rows.Count);
        foreach (var start in rowStarts)
        {
            AppendFixed(numbers, width, headerLength + start);
        }

        return (strings.ToString(), numbers.Append(encodedRows).ToString());
    }

    /// <summary>Writes the decoder, a class nested in <c>NewsArticle</c>, which reads rows as <see cref="Encode"/> writes them.</summary>
    public static void WriteDecoder(SourceWriter writer, string span)
    {
        var article = GeneratedNames.Article;
        var table = GeneratedNames.TableClass;
        writer.WriteLine("/// <summary>");
        writer.WriteLines("/// " + Description.Replace("\n", "\n/// "));
        writer.WriteLine("/// </summary>");
        writer.OpenBlock($"internal sealed class {table}");
        foreach (var (name, offset) in Fields)
        {
            writer.WriteLine($"internal const int {name} = {offset.ToString(CultureInfo.InvariantCulture)};");
        }

        writer.WriteLine();
        writer.WriteLines(
            $$"""
            private readonly string _strings;
            private readonly Utf8Table _numbers;
            private readonly Utf8Literal? _literal;
            private readonly {{article}}?[] _articles;

            internal {{table}}(string strings, Utf8Table numbers, Utf8Literal? literal)
            {
                _strings = strings;
                _numbers = numbers;
                _literal = literal;
                _articles = new {{article}}?[Fixed(numbers(), 0)];
            }

            /// <summary>The article in row <paramref name="row"/>, created on first use; every thread gets the same one.</summary>
            internal {{article}} this[int row] => _articles[row] ?? Publish(row);

            internal int[] Values(int row)
            {
                var numbers = _numbers();
                var at = Fixed(numbers, 1 + row);
                var values = new int[Next(numbers, ref at)];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = Next(numbers, ref at);
                }

                return values;
            }

            internal string? String(int[] values, int field) => values[field + 1] < 0 ? null : _strings.Substring(values[field], values[field + 1]);

            internal {{span}} Literal(int row) => _literal!(row);

            /// <summary>The sentences of an article, cut from its text where its row's <paramref name="values"/> place them.</summary>
            internal static string[] Sentences(int[] values, string text)
            {
                var sentences = new string[values[SentenceCount]];
                var paragraphCount = values[ParagraphCount];
                var oneEach = sentences.Length == paragraphCount;
                var at = Paragraphs + (2 * paragraphCount) + values[NonWordCount];
                var next = 0;
                for (var paragraph = 0; paragraph < paragraphCount; paragraph++)
                {
                    var start = values[Paragraphs + (2 * paragraph)];
                    var end = start + values[Paragraphs + (2 * paragraph) + 1];
                    for (var count = oneEach ? 1 : values[at++]; count > 1; count--)
                    {
                        var cut = values[at++];
                        sentences[next++] = text.Substring(start, cut >> 1);
                        start += (cut >> 1) + ((cut & 1) == 0 ? 1 : values[at++]);
                    }

                    sentences[next++] = text.Substring(start, end - start);
                }

                return sentences;
            }

            /// <summary>
            /// The words of an article: the white-space separated tokens of its text, but for those its row's
            /// <paramref name="values"/> list as holding no letter or digit. Only white space is looked for here.
            /// </summary>
            internal static string[] Words(int[] values, string text)
            {
                var words = new string[values[WordCount]];
                var nonWord = Paragraphs + (2 * values[ParagraphCount]);
                var nonWordsEnd = nonWord + values[NonWordCount];
                var (at, token, next) = (0, 0, 0);
                while (true)
                {
                    while (at < text.Length && IsWhiteSpace(text[at]))
                    {
                        at++;
                    }

                    if (at == text.Length)
                    {
                        return words;
                    }

                    var start = at;
                    while (at < text.Length && !IsWhiteSpace(text[at]))
                    {
                        at++;
                    }

                    if (nonWord < nonWordsEnd && values[nonWord] == token)
                    {
                        nonWord++;
                    }
                    else
                    {
                        words[next++] = text.Substring(start, at - start);
                    }

                    token++;
                }
            }

            // The white space CorpusGen counted words between (Unicode's White_Space), not char.IsWhiteSpace, whose
            // tables differ between runtimes.
            private static bool IsWhiteSpace(char c) =>
                c is {{WhiteSpacePattern.Value}};

            private {{article}} Publish(int row)
            {
                var created = new {{article}}(this, row);
                return global::System.Threading.Interlocked.CompareExchange(ref _articles[row], created, null) ?? created;
            }

            private static int Fixed({{span}} numbers, int index)
            {
                var width = numbers[0] - '0';
                var at = 1 + (index * width);
                var value = 0;
                for (var digit = 0; digit < width; digit++)
                {
                    value = (value << 6) | (numbers[at + digit] - '0');
                }

                return value;
            }

            private static int Next({{span}} numbers, ref int at)
            {
                long stored = 0;
                int digit;
                do
                {
                    digit = numbers[at++] - '0';
                    stored = (stored << 5) | (uint)(digit & 31);
                }
                while (digit >= 32);

                return (int)(stored - 1);
            }
            """);
        writer.CloseBlock();
    }

    /// <summary>The characters <see cref="UnicodeText.IsWhiteSpace"/> accepts, as a C# pattern.</summary>
    private static readonly System.Lazy<string> WhiteSpacePattern = new(() =>
    {
        var ranges = new List<string>();
        for (var first = 0; first <= char.MaxValue; first++)
        {
            if (!UnicodeText.IsWhiteSpace((char)first))
            {
                continue;
            }

            var last = first;
            while (last < char.MaxValue && UnicodeText.IsWhiteSpace((char)(last + 1)))
            {
                last++;
            }

            ranges.Add(last == first ? CharLiteral(first) : $"(>= {CharLiteral(first)} and <= {CharLiteral(last)})");
            first = last;
        }

        return string.Join(" or ", ranges);
    });

    private static string CharLiteral(int c) => "'\\u" + c.ToString("X4", CultureInfo.InvariantCulture) + "'";

    // Each distinct string once; a file name within its resource name and an id within its file name share
    // their characters, which keeps the assembly's user-string heap (16 MB at most) for more articles.
    private static void Store(string? text, ArticleRow row, StringBuilder strings, Dictionary<string, int> stored)
    {
        if (text is null || stored.ContainsKey(text))
        {
            return;
        }

        foreach (var container in new[] { row.ResourceName, row.FileName })
        {
            var index = container is null || container == text ? -1 : container.IndexOf(text, System.StringComparison.Ordinal);
            if (index >= 0)
            {
                stored.Add(text, stored[container!] + index);
                return;
            }
        }

        stored.Add(text, strings.Length);
        strings.Append(text);
    }

    private static void AppendFixed(StringBuilder digits, int width, int value)
    {
        for (var digit = width - 1; digit >= 0; digit--)
        {
            digits.Append((char)(Zero + ((value >> (DigitBits * digit)) & 63)));
        }
    }

    private static void AppendVariable(StringBuilder digits, int value)
    {
        if (value < -1)
        {
            throw new System.ArgumentOutOfRangeException(nameof(value), value, "Table values are -1 (null) or more.");
        }

        var stored = (long)value + 1;
        var shift = 0;
        while (stored >> (shift + GroupBits) != 0)
        {
            shift += GroupBits;
        }

        for (; shift > 0; shift -= GroupBits)
        {
            digits.Append((char)(Zero + (MoreFollows | (int)((stored >> shift) & (MoreFollows - 1)))));
        }

        digits.Append((char)(Zero + (int)(stored & (MoreFollows - 1))));
    }
}
