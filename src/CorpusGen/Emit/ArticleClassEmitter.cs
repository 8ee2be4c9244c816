using CorpusGen.Model;

namespace CorpusGen.Emit;

/// <summary>
/// Writes the types every corpus shares: the <c>NewsArticle</c> class and the <c>ArticleScript</c> and
/// <c>ArticleDirection</c> enums. An article reads its metadata from a row of its shard's table, numbers computed
/// at compile time; the text is read as UTF-8 from a resource slice or a literal, decoded once on first use, and
/// paragraphs and sentences are cut at offsets computed at compile time. Only words are cut by looking at the text,
/// for white space, on first use: their offsets would take more room than the text.
/// </summary>
public static class ArticleClassEmitter
{
    public static GeneratedFile Emit(CorpusOptions options)
    {
        var writer = SourceWriter.StartFile(options.Namespace);
        var visibility = options.Visibility;
        var article = GeneratedNames.Article;
        var table = GeneratedNames.TableClass;
        var script = GeneratedNames.Qualified(options.Namespace, GeneratedNames.Script);
        var direction = GeneratedNames.Qualified(options.Namespace, GeneratedNames.Direction);
        var strings = "global::System.Collections.Generic.IReadOnlyList<string>";
        var span = "global::System.ReadOnlySpan<byte>";
        var header = GeneratedNames.HeaderClass;
        var uri = "global::System.Uri";

        writer.OpenType("A news article compiled into this assembly by CorpusGen. The corpus class has one per article file.", $"{visibility} sealed partial class {article}");
        writer.WriteLines(
            $$"""
            private readonly {{table}} _table;
            private readonly int _row;
            private readonly int[] _values;
            private readonly string? _resourceFolder;
            private byte[]? _file;
            private string? _text;
            private {{strings}}? _paragraphs;
            private {{strings}}? _sentences;
            private {{strings}}? _words;
            private {{header}}? _header;

            private {{article}}({{table}} table, int row)
            {
                _table = table;
                _row = row;
                _values = table.Values(row);
                Id = table.String(_values, {{table}}.Id)!;
                FileName = table.String(_values, {{table}}.FileName)!;
                Outlet = table.String(_values, {{table}}.Outlet);
                City = table.String(_values, {{table}}.City);
                Region = table.String(_values, {{table}}.Region);
                _resourceFolder = table.String(_values, {{table}}.ResourceFolder);
                var ordinal = _values[{{table}}.Ordinal];
                Ordinal = ordinal < 0 ? null : ordinal;
                Date = global::System.DateOnly.FromDayNumber(_values[{{table}}.Date]);
                WordCount = _values[{{table}}.WordCount];
                CharacterCount = _values[{{table}}.CharacterCount];
                Script = ({{script}})_values[{{table}}.Script];
            }

            /// <summary>Returns the UTF-8 literal holding the text of the article in row <paramref name="row"/> of a table.</summary>
            internal delegate {{span}} Utf8Literal(int row);

            """);
        ArticleTable.WriteDecoder(writer, span);
        writer.WriteLines(
            $$"""

            /// <summary>The fields of an article's header block, read from its row on first use.</summary>
            internal sealed class {{header}}
            {
                internal static readonly {{header}} None = new(null, global::System.Array.Empty<string>(), null, null, global::System.Array.Empty<string>(), null);

                private readonly string? _url;
                private {{uri}}? _uri;

                internal {{header}}(string? title, {{strings}} authors, string? url, string? section, {{strings}} tags, string? language)
                {
                    Title = title;
                    Authors = authors;
                    _url = url;
                    Section = section;
                    Tags = tags;
                    Language = language;
                }

                internal string? Title { get; }

                internal {{strings}} Authors { get; }

                // Made on first use, so that no other field depends on the runtime's reading of the URL.
                internal {{uri}}? Url => _url is null ? null : _uri ??= new {{uri}}(_url, global::System.UriKind.Absolute);

                internal string? Section { get; }

                internal {{strings}} Tags { get; }

                internal string? Language { get; }
            }
            """);
        writer.WriteLines(
            $$"""

            /// <summary>The article's id: the hex part of an <c>NNN_id.txt</c> file name, otherwise the file name without its extension.</summary>
            public string Id { get; }

            /// <summary>The name of the file the article was read from, with its extension.</summary>
            public string FileName { get; }

            /// <summary>The <c>NNN</c> of an <c>NNN_id.txt</c> file name, or <see langword="null"/> for other names.</summary>
            public int? Ordinal { get; }

            /// <summary>The date of the article's <c>date YYYY-MM-DD</c> header.</summary>
            public global::System.DateOnly Date { get; }

            /// <summary>The outlet its dateline names (<c>إيلاف</c>, <c>Reuters</c>), or <see langword="null"/> when the lead has no dateline.</summary>
            public string? Outlet { get; }

            /// <summary>The city its dateline names (<c>الرباط</c>, <c>LONDON</c>), or <see langword="null"/>.</summary>
            public string? City { get; }

            /// <summary>The state, province or country the dateline names after its city (<c>Ore.</c> of <c>PORTLAND, Ore.</c>, <c>Belgium</c>), or <see langword="null"/>.</summary>
            public string? Region { get; }

            /// <summary>The headline: the header's <c>title</c> line, or <see langword="null"/> when the file has none.</summary>
            public string? Title => Header.Title;

            /// <summary>The header's <c>author</c> lines, in order; empty when it has none.</summary>
            public {{strings}} Authors => Header.Authors;

            /// <summary>The address the article was published at: the header's <c>url</c> line, an absolute http or https URL, or <see langword="null"/>.</summary>
            public {{uri}}? Url => Header.Url;

            /// <summary>The section the header's <c>section</c> line names (<c>سياسة</c>, <c>World</c>), or <see langword="null"/>.</summary>
            public string? Section => Header.Section;

            /// <summary>The header's <c>tags</c>, cut at commas (<c>,</c> and <c>،</c>), in order, each once; empty when it has none.</summary>
            public {{strings}} Tags => Header.Tags;

            /// <summary>The language the header's <c>language</c> line names, a BCP 47 tag as written (<c>ar</c>, <c>en-US</c>), or <see langword="null"/>.</summary>
            public string? Language => Header.Language;

            /// <summary>White-space separated tokens of the text that hold at least one letter or digit.</summary>
            public int WordCount { get; }

            /// <summary>The words <see cref="WordCount"/> counts, in order: cut from the text at white space on first use, leaving out the tokens found at compile time to hold no letter or digit.</summary>
            public {{strings}} Words => _words ??= global::System.Array.AsReadOnly({{table}}.Words(_values, Text));

            /// <summary>Unicode scalar values (code points) of the text.</summary>
            public int CharacterCount { get; }

            /// <summary>How many paragraphs the text has.</summary>
            public int ParagraphCount => _values[{{table}}.ParagraphCount];

            /// <summary>The writing system most of the text's letters belong to.</summary>
            public {{script}} Script { get; }

            /// <summary>The direction the text is read in, from its script.</summary>
            public {{direction}} Direction => Script is {{script}}.Arabic or {{script}}.Hebrew ? {{direction}}.RightToLeft : {{direction}}.LeftToRight;

            /// <summary>Silent reading time at the average adult speed for the script (238 words a minute, 138 for Arabic, 187 for Hebrew).</summary>
            public global::System.TimeSpan ReadingTime => global::System.TimeSpan.FromSeconds(global::System.Math.Round(WordCount * 60.0 / WordsPerMinute(Script)));

            /// <summary>The text as UTF-8, from the assembly: the first use copies the article's file out of the assembly's resources, later ones allocate nothing.</summary>
            public {{span}} Utf8Text => _resourceFolder is null ? _table.Literal(_row) : Slice(_file ??= ReadFile());

            /// <summary>The text as UTF-8 for one use: <see cref="Utf8Text"/>, without keeping the article's file, so that a pass over the whole corpus keeps none of the files it reads.</summary>
            internal {{span}} ReadUtf8Text() => _resourceFolder is null ? _table.Literal(_row) : Slice(_file ?? ReadFile());

            /// <summary>The text: everything after the date header, trailing white space trimmed, otherwise exactly as in the file. Decoded from UTF-8 once, on first use.</summary>
            public string Text => _text ??= global::System.Text.Encoding.UTF8.GetString(Utf8Text);

            /// <summary>The paragraphs: runs of non-blank lines, each trimmed, cut from the text at offsets computed at compile time.</summary>
            public {{strings}} Paragraphs => _paragraphs ??= CutParagraphs();

            /// <summary>The first paragraph.</summary>
            public string Lead => Paragraphs[0];

            /// <summary>The sentences, each trimmed and within a paragraph, cut from the text at offsets computed at compile time. A sentence ends at <c>.</c> <c>!</c> <c>?</c> <c>؟</c> <c>۔</c> or <c>…</c> and the closing quotes after it, followed by white space, but not after an abbreviation or an initial (<c>Mr.</c>, <c>U.S.</c>, <c>J.</c>) nor before a quote's lower-case continuation; and at every paragraph's end.</summary>
            public {{strings}} Sentences => _sentences ??= global::System.Array.AsReadOnly({{table}}.Sentences(_values, Text));

            /// <summary>How many sentences the text has.</summary>
            public int SentenceCount => _values[{{table}}.SentenceCount];

            /// <summary>The id and date, as <c>801cc98336fcfd6a (2025-09-20)</c>.</summary>
            public override string ToString() => Id + " (" + Date.ToString("yyyy'-'MM'-'dd", global::System.Globalization.CultureInfo.InvariantCulture) + ")";

            private static double WordsPerMinute({{script}} script) => script switch
            {
                {{script}}.Arabic => 138,
                {{script}}.Hebrew => 187,
                _ => 238,
            };

            // Past a BOM, if the file has one: the offsets count without it.
            private {{span}} Slice(byte[] file) => new {{span}}(file, file.Length - FileLength + _values[{{table}}.TextStart], _values[{{table}}.TextLength]);

            private int FileLength => _values[{{table}}.FileLength];

            private {{header}} Header => _header ??= _table.Header(_values);

            // Copies the article file out of the assembly. The length check catches a resource that is not the
            // file the compiler read (a build without the package's targets, or a file changed in between).
            private byte[] ReadFile()
            {
                var resourceName = _resourceFolder + FileName;
                var assembly = typeof({{article}}).Assembly;
                using var stream = assembly.GetManifestResourceStream(resourceName)
                    ?? throw new global::System.InvalidOperationException($"The resource '{resourceName}' holding the text of article '{Id}' is not in {assembly.GetName().Name}: build the project with the CorpusGen package, whose targets embed the article files.");
                var file = new byte[stream.Length];
                var read = 0;
                while (read < file.Length)
                {
                    var count = stream.Read(file, read, file.Length - read);
                    if (count == 0)
                    {
                        break;
                    }

                    read += count;
                }

                if (read != file.Length || (read - FileLength) is not (0 or 3))
                {
                    throw new global::System.InvalidOperationException($"The resource '{resourceName}' has {read} bytes, but the file the compiler read for article '{Id}' had {FileLength}: rebuild the project.");
                }

                return file;
            }

            private {{strings}} CutParagraphs()
            {
                var text = Text;
                var paragraphs = new string[ParagraphCount];
                var bounds = {{table}}.Paragraphs;
                for (var i = 0; i < paragraphs.Length; i++)
                {
                    paragraphs[i] = text.Substring(_values[bounds + (2 * i)], _values[bounds + (2 * i) + 1]);
                }

                return global::System.Array.AsReadOnly(paragraphs);
            }
            """);
        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteLine("/// <summary>The writing system most of an article's letters belong to.</summary>");
        writer.OpenBlock($"{visibility} enum {GeneratedNames.Script}");
        foreach (var value in System.Enum.GetNames(typeof(ArticleScript)))
        {
            writer.WriteLine($"/// <summary>{ScriptDescription(value)}</summary>");
            writer.WriteLine(value + ",");
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLines(
            $$"""
            /// <summary>The direction an article's text is read in.</summary>
            {{visibility}} enum {{GeneratedNames.Direction}}
            {
                /// <summary>Left to right, as Latin, Cyrillic or Han.</summary>
                LeftToRight,
                /// <summary>Right to left, as Arabic or Hebrew.</summary>
                RightToLeft,
            }
            """);

        return new GeneratedFile(GeneratedNames.Article + ".g.cs", writer.ToString());
    }

    private static string ScriptDescription(string script) => script switch
    {
        nameof(ArticleScript.Unknown) => "The text has no letters.",
        nameof(ArticleScript.Han) => "Chinese characters.",
        nameof(ArticleScript.Kana) => "Japanese Hiragana and Katakana.",
        nameof(ArticleScript.Hangul) => "Korean Hangul.",
        nameof(ArticleScript.Other) => "A script CorpusGen does not name.",
        _ => $"The {script} script.",
    };
}
