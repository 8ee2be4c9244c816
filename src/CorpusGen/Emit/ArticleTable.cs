using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CorpusGen.Model;
using CorpusGen.Text;

namespace CorpusGen.Emit;

/// <summary>
/// The format of a shard's table of article metadata, whole: the row layout, the encoder, and the decoder the
/// generated <c>NewsArticle</c> holds (<see cref="Description"/> says how it is laid out). Two string constants
/// per shard cost the compiler next to nothing, where an array initializer or a UTF-8 literal costs it a bound node
/// per number or byte, twice when analyzers run, and a constructor call per article more still. They share the
/// assembly's user-string heap (16 MB at most) with every other string constant, so the numbers are packed tight.
/// </summary>
public static class ArticleTable
{
    /// <summary>How a table is laid out: the decoder's doc comment, and the one description of the format.</summary>
    public const string Description =
        """
        The articles of one shard of a corpus class, their metadata computed at compile time: the strings, each stored
        once, and the numbers, encoded as UTF-16 code units. The numbers start with the row count and the start of each
        row, two units each (high, low); then come the rows, as bytes, two a unit (high, low). A row starts at a byte
        counted from the first row's; it is its number of values, then the values. A value n is stored as n + 1 in
        groups of 7 bits, highest first, each group a byte, 0x80 set on all but the last. A string value is a start and
        a length in the strings, the length -1 for null. After the fields of fixed place come the paragraphs, a start
        and a length each, a start counted from the end of the paragraph before; the tokens that are no word
        (NonWordCount of them), by their index among the text's white-space separated tokens; then, unless every
        paragraph is one sentence, for each paragraph its number of sentences and a cut after each of them but the
        last: the sentence's length times two, plus one when the white space after it is not one unit long, followed
        then by that white space's length. A paragraph's first sentence starts where the paragraph starts, its last
        ends where it ends. Last, when the article has a header, its fields: the title, url, section and language as
        strings, then the number of authors and each of them, then the number of tags and each of them.
        """;

    private const int GroupBits = 7;
    private const int MoreFollows = 0x80;

    /// <summary>Where each field lies in a row: the strings first, a start and a length each.</summary>
    private static readonly (string Name, int Offset)[] Fields =
    [
        ("Id", 0), ("FileName", 2), ("Outlet", 4), ("City", 6), ("Region", 8), ("ResourceFolder", 10),
        ("Ordinal", 12), ("Date", 13), ("WordCount", 14), ("CharacterCount", 15), ("Script", 16),
        ("TextStart", 17), ("TextLength", 18), ("FileLength", 19), ("ParagraphCount", 20), ("SentenceCount", 21),
        ("NonWordCount", 22), ("Paragraphs", 23),
    ];

    /// <summary>An article's row: its strings, then its numbers in the order of <see cref="Fields"/>.</summary>
    public static ArticleRow Row(ArticleSpec article, string? resourceFolder)
    {
        var slice = resourceFolder is null ? default : article.FileBytes.GetValueOrDefault();
        var numbers = new List<int>(11 + (2 * article.Paragraphs.Count) + article.NonWordTokens.Count)
        {
            article.Ordinal ?? -1,
            article.Date.DayNumber,
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
        return new ArticleRow(article.Id, article.FileName, article.Outlet, article.City, article.Region, resourceFolder, numbers.ToEquatableArray(), article.Header.HasValues ? article.Header : null);
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

    /// <summary>The two constants of a shard's table: its strings and its numbers.</summary>
    public static (string Strings, string Numbers) Encode(IReadOnlyList<ArticleRow> rows)
    {
        var strings = new StringBuilder();
        var stored = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var bytes = new List<byte>();
        var rowStarts = new List<int>(rows.Count);
        var values = new List<int>();
        foreach (var row in rows)
        {
            // Longest first, so that the shorter strings can point into them.
            foreach (var text in new[] { row.FileName, row.Id, row.ResourceFolder, row.Outlet, row.City, row.Region })
            {
                Store(text, row, strings, stored);
            }

            values.Clear();
            foreach (var text in new[] { row.Id, row.FileName, row.Outlet, row.City, row.Region, row.ResourceFolder })
            {
                values.Add(text is null ? 0 : stored[text]);
                values.Add(text?.Length ?? -1);
            }

            values.AddRange(row.Numbers);
            FromPreviousParagraph(values);
            if (row.Header is { } header)
            {
                AddHeader(values, header, row, strings, stored);
            }

            rowStarts.Add(bytes.Count);
            AppendVariable(bytes, values.Count);
            foreach (var value in values)
            {
                AppendVariable(bytes, value);
            }
        }

        var numbers = new StringBuilder(2 + (2 * rows.Count) + ((bytes.Count + 1) / 2));
        AppendFixed(numbers, rows.Count);
        foreach (var start in rowStarts)
        {
            AppendFixed(numbers, start);
        }

        for (var i = 0; i < bytes.Count; i += 2)
        {
            numbers.Append((char)((bytes[i] << 8) | (i + 1 < bytes.Count ? bytes[i + 1] : 0)));
        }

        return (strings.ToString(), numbers.ToString());
    }

    // A header's values repeat within a corpus (sections, authors, tags), so they are stored once a shard too.
    private static void AddHeader(List<int> values, ArticleHeader header, ArticleRow row, StringBuilder strings, Dictionary<string, int> stored)
    {
        foreach (var text in new[] { header.Title, header.Url, header.Section, header.Language })
        {
            AddString(text);
        }

        foreach (var list in new[] { header.Authors, header.Tags })
        {
            values.Add(list.Count);
            foreach (var text in list)
            {
                AddString(text);
            }
        }

        void AddString(string? text)
        {
            Store(text, row, strings, stored);
            values.Add(text is null ? 0 : stored[text]);
            values.Add(text?.Length ?? -1);
        }
    }

    // Paragraphs follow one another a line break or two apart: a start counted from the paragraph before fits a byte.
    private static void FromPreviousParagraph(List<int> values)
    {
        var paragraphs = FieldOffset("Paragraphs");
        var count = values[FieldOffset("ParagraphCount")];
        for (var paragraph = count - 1; paragraph > 0; paragraph--)
        {
            var at = paragraphs + (2 * paragraph);
            values[at] -= values[at - 2] + values[at - 1];
        }
    }

    private static int FieldOffset(string name) => System.Array.Find(Fields, field => field.Name == name).Offset;

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
            private readonly string _numbers;
            private readonly Utf8Literal? _literal;
            private readonly {{article}}?[] _articles;

            internal {{table}}(string strings, string numbers, Utf8Literal? literal)
            {
                _strings = strings;
                _numbers = numbers;
                _literal = literal;
                _articles = new {{article}}?[(numbers[0] << 16) | numbers[1]];
            }

            /// <summary>The article in row <paramref name="row"/>, created on first use; every thread gets the same one.</summary>
            internal {{article}} this[int row]
            {
                get
                {
                    if (_articles[row] is { } article)
                    {
                        return article;
                    }

                    var created = new {{article}}(this, row);
                    return global::System.Threading.Interlocked.CompareExchange(ref _articles[row], created, null) ?? created;
                }
            }

            // Whole, calling no other method: a first lookup waits for the JIT to compile each method it runs.
            internal int[] Values(int row)
            {
                var at = (4 * (1 + _articles.Length)) + ((_numbers[2 + (2 * row)] << 16) | _numbers[3 + (2 * row)]);
                int[]? values = null;
                for (var i = -1; i < (values?.Length ?? 0); i++)
                {
                    // The value whose first byte is byte at of the numbers, two bytes a unit; the first, the count.
                    long stored = 0;
                    int group;
                    do
                    {
                        group = (at & 1) == 0 ? _numbers[at >> 1] >> 8 : _numbers[at >> 1] & 0xFF;
                        at++;
                        stored = (stored << 7) | (uint)(group & 0x7F);
                    }
                    while (group >= 0x80);

                    if (values is null)
                    {
                        values = new int[stored - 1];
                    }
                    else
                    {
                        values[i] = (int)(stored - 1);
                    }
                }

                for (var paragraph = 1; paragraph < values![ParagraphCount]; paragraph++)
                {
                    var start = Paragraphs + (2 * paragraph);
                    values[start] += values[start - 2] + values[start - 1];
                }

                return values;
            }

            internal string? String(int[] values, int field) => values[field + 1] < 0 ? null : _strings.Substring(values[field], values[field + 1]);

            /// <summary>The fields of the article's header, as its row's <paramref name="values"/> end with them.</summary>
            internal {{article}}.{{GeneratedNames.HeaderClass}} Header(int[] values)
            {
                var at = HeaderStart(values);
                if (at == values.Length)
                {
                    return {{article}}.{{GeneratedNames.HeaderClass}}.None;
                }

                var (title, url, section, language) = (String(values, at), String(values, at + 2), String(values, at + 4), String(values, at + 6));
                at += 8;
                var authors = Strings(values, ref at);
                var tags = Strings(values, ref at);
                return new {{article}}.{{GeneratedNames.HeaderClass}}(title, authors, url, section, tags, language);
            }

            // Past the sentences' cuts, whose count each paragraph's first value gives.
            private static int HeaderStart(int[] values)
            {
                var paragraphCount = values[ParagraphCount];
                var at = Paragraphs + (2 * paragraphCount) + values[NonWordCount];
                if (values[SentenceCount] == paragraphCount)
                {
                    return at;
                }

                for (var paragraph = 0; paragraph < paragraphCount; paragraph++)
                {
                    for (var count = values[at++]; count > 1; count--)
                    {
                        at += 1 + (values[at] & 1);
                    }
                }

                return at;
            }

            private global::System.Collections.Generic.IReadOnlyList<string> Strings(int[] values, ref int at)
            {
                var strings = new string[values[at++]];
                for (var i = 0; i < strings.Length; i++, at += 2)
                {
                    strings[i] = String(values, at)!;
                }

                return strings.Length == 0 ? global::System.Array.Empty<string>() : global::System.Array.AsReadOnly(strings);
            }

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

    // Each distinct string once, an id within its file name, which keeps the assembly's user-string heap (16 MB at
    // most) for more articles; a resource folder, the same for a whole collection, is stored once a shard.
    private static void Store(string? text, ArticleRow row, StringBuilder strings, Dictionary<string, int> stored)
    {
        if (text is null || stored.ContainsKey(text))
        {
            return;
        }

        var index = text == row.FileName ? -1 : row.FileName.IndexOf(text, System.StringComparison.Ordinal);
        if (index >= 0 && stored.TryGetValue(row.FileName, out var fileName))
        {
            stored.Add(text, fileName + index);
            return;
        }

        stored.Add(text, strings.Length);
        strings.Append(text);
    }

    private static void AppendFixed(StringBuilder units, int value) =>
        units.Append((char)(value >> 16)).Append((char)(value & 0xFFFF));

    private static void AppendVariable(List<byte> bytes, int value)
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
            bytes.Add((byte)(MoreFollows | (int)((stored >> shift) & 0x7F)));
        }

        bytes.Add((byte)(stored & 0x7F));
    }
}
