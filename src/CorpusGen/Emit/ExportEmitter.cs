using System.Collections.Generic;
using System.Linq;
using CorpusGen.Model;

namespace CorpusGen.Emit;

/// <summary>
/// Writes a corpus class's export file: <c>WriteJsonLines</c>, every article as one JSON object a line, and
/// <c>WriteDatasetCard</c>, the Hugging Face dataset card that describes those lines, computed at compile time.
/// <see cref="Fields"/> is the one description of a line: the writer's keys and the card's features come from it.
/// </summary>
public static class ExportEmitter
{
    /// <summary>The bytes gathered before they go to the stream or writer: a chunk ends with a whole line.</summary>
    public const int ChunkBytes = 1 << 16;

    /// <summary>
    /// The keys of a line, in order, with the card's <c>dtype</c> (a Hugging Face <c>Value</c> type), the
    /// expression the writer reads from <c>article</c>, and what the card says of it. Every line has every key:
    /// a missing value is <c>null</c>, so each key is a column. The text comes last, so a line's metadata reads at
    /// its start.
    /// </summary>
    public static readonly IReadOnlyList<Field> Fields =
    [
        new("id", "string", FieldValue.String, "article.Id", "the hex part of an `NNN_id.txt` file name, otherwise the file name without its extension"),
        new("file", "string", FieldValue.String, "article.FileName", "the article's file name, with its extension"),
        new("ordinal", "int32", FieldValue.NumberOrNull, "article.Ordinal", "the `NNN` of an `NNN_id.txt` file name, else null"),
        new("date", "date32", FieldValue.String, "article.Date.ToString(\"yyyy'-'MM'-'dd\", global::System.Globalization.CultureInfo.InvariantCulture)", "the date of the article's header, `yyyy-MM-dd` in the Gregorian calendar"),
        new("title", "string", FieldValue.String, "article.Title", "the headline, the header's `title` line, else null"),
        new("authors", "string", FieldValue.Strings, "article.Authors", "the header's `author` lines, in order; empty when none"),
        new("url", "string", FieldValue.String, "article.Url?.OriginalString", "the header's `url` line, an absolute http or https URL, else null"),
        new("section", "string", FieldValue.String, "article.Section", "the header's `section` line, else null"),
        new("tags", "string", FieldValue.Strings, "article.Tags", "the header's `tags`, in order, each once; empty when none"),
        new("language", "string", FieldValue.String, "article.Language", "the header's `language` line, a BCP 47 tag, else null"),
        new("outlet", "string", FieldValue.String, "article.Outlet", "the outlet the dateline names, else null"),
        new("city", "string", FieldValue.String, "article.City", "the city the dateline names, else null"),
        new("region", "string", FieldValue.String, "article.Region", "the state, province or country the dateline names after its city, else null"),
        new("script", "string", FieldValue.String, "article.Script.ToString()", "the script most of the letters are in: `Latin`, `Arabic`, `Hebrew`, `Cyrillic`, `Greek`, `Devanagari`, `Thai`, `Han`, `Kana`, `Hangul`, `Other`, or `Unknown` for a text without letters"),
        new("direction", "string", FieldValue.String, "article.Direction.ToString()", "`RightToLeft` for Arabic and Hebrew, else `LeftToRight`"),
        new("word_count", "int32", FieldValue.Number, "article.WordCount", "white-space separated tokens that hold a letter or a digit"),
        new("sentence_count", "int32", FieldValue.Number, "article.SentenceCount", "sentences, each within a paragraph"),
        new("paragraph_count", "int32", FieldValue.Number, "article.ParagraphCount", "runs of non-blank lines"),
        new("character_count", "int32", FieldValue.Number, "article.CharacterCount", "Unicode code points of the text"),
        new("text", "string", FieldValue.String, "article.ReadUtf8Text()", "the body after the date header, trailing white space trimmed, otherwise exactly as in the file"),
    ];

    /// <summary>How the writer writes a field's value.</summary>
    public enum FieldValue
    {
        /// <summary>A JSON string, or <c>null</c> for a null <c>string?</c>; the expression is a string or UTF-8 bytes.</summary>
        String,
        Number,
        NumberOrNull,

        /// <summary>A JSON array of strings, from a list of strings: the card's feature is a <c>sequence</c>.</summary>
        Strings,
    }

    public static GeneratedFile Emit(CollectionFacets facets, CorpusOptions options)
    {
        var className = facets.ClassName;
        var article = GeneratedNames.Qualified(options.Namespace, GeneratedNames.Article);
        var index = GeneratedNames.IndexClass;
        var writer = SourceWriter.StartFile(options.Namespace);

        writer.OpenBlock($"{options.Visibility} static partial class {className}");
        writer.WriteLines(
            $$"""
            /// <summary>
            /// Writes every article to <paramref name="stream"/> as JSON Lines, in the order of <see cref="All"/>: one
            /// JSON object a line, in UTF-8, each line ended by <c>\n</c>, each object with the same keys, so that
            /// <c>datasets.load_dataset("json", data_files=...)</c> and pandas' <c>read_json(lines=True)</c> read it as a
            /// table. The text is the article's exactly, once a JSON parser has read the escapes. The lines go to the
            /// stream in chunks of whole lines, and each article's text is read afresh and not kept, so the memory the
            /// writing takes does not grow with the corpus. The stream is flushed, not closed.
            /// </summary>
            /// <param name="stream">Where the lines go, such as a <see cref="global::System.IO.FileStream"/> of <c>corpus.jsonl</c>.</param>
            /// <exception cref="global::System.ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
            public static void WriteJsonLines(global::System.IO.Stream stream) =>
                {{index}}.WriteJsonLines(stream ?? throw new global::System.ArgumentNullException(nameof(stream)), null);

            /// <summary>
            /// Writes every article to <paramref name="writer"/> as JSON Lines, the characters <see cref="WriteJsonLines(global::System.IO.Stream)"/>
            /// writes as UTF-8; lines end with <c>\n</c> whatever the writer's <see cref="global::System.IO.TextWriter.NewLine"/>.
            /// The writer is flushed, not closed.
            /// </summary>
            /// <param name="writer">Where the lines go.</param>
            /// <exception cref="global::System.ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
            public static void WriteJsonLines(global::System.IO.TextWriter writer) =>
                {{index}}.WriteJsonLines(null, writer ?? throw new global::System.ArgumentNullException(nameof(writer)));

            /// <summary>
            /// Writes a Hugging Face dataset card for the lines <see cref="WriteJsonLines(global::System.IO.Stream)"/> writes: the
            /// <c>README.md</c> of a dataset repository, a YAML header (name, languages, size, features) and a description
            /// with the corpus's counts, dates, scripts, outlets, cities, sections, tags and authors, all computed at compile time.
            /// </summary>
            /// <param name="writer">Where the card goes.</param>
            /// <exception cref="global::System.ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
            public static void WriteDatasetCard(global::System.IO.TextWriter writer) =>
                (writer ?? throw new global::System.ArgumentNullException(nameof(writer))).Write({{index}}.DatasetCard);

            """);
        writer.OpenBlock($"private static partial class {index}");
        writer.WriteLine("internal const string DatasetCard =");
        var card = DatasetCard.Write(facets, Fields).Split('\n');
        for (var line = 0; line < card.Length - 1; line++)
        {
            writer.WriteLine("    ", StringLiteral.Quote(card[line] + "\n"), line < card.Length - 2 ? " +" : ";");
        }

        writer.WriteLines(
            $$"""

            private const int JsonLinesChunk = {{ChunkBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)}};

            internal static void WriteJsonLines(global::System.IO.Stream? stream, global::System.IO.TextWriter? text)
            {
                var buffer = new global::System.Buffers.ArrayBufferWriter<byte>(2 * JsonLinesChunk);

                // Arabic, accents and quotes as they are, not as \uXXXX: the lines are data, never pasted into HTML,
                // which is what the default encoder guards against. Controls, U+2028 and U+2029 are still escaped, so
                // no character of a text can end its line. Made here, not in a static field: the index's static
                // constructor would then load System.Text.Json before every program's first lookup.
                var options = new global::System.Text.Json.JsonWriterOptions { Encoder = global::System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
                using var json = new global::System.Text.Json.Utf8JsonWriter(buffer, options);
                char[]? chars = null;
                foreach (var article in All)
                {
                    WriteJsonLine(json, article);
                    json.Flush();
                    json.Reset();
                    buffer.GetSpan(1)[0] = (byte)'\n';
                    buffer.Advance(1);
                    if (buffer.WrittenCount >= JsonLinesChunk)
                    {
                        WriteChunk(buffer, stream, text, ref chars);
                    }
                }

                WriteChunk(buffer, stream, text, ref chars);
                stream?.Flush();
                text?.Flush();
            }

            // A chunk ends with a line, so it holds whole characters for the text writer.
            private static void WriteChunk(global::System.Buffers.ArrayBufferWriter<byte> buffer, global::System.IO.Stream? stream, global::System.IO.TextWriter? text, ref char[]? chars)
            {
                var bytes = buffer.WrittenSpan;
                if (stream is not null)
                {
                    stream.Write(bytes);
                }
                else if (text is not null && bytes.Length > 0)
                {
                    var length = global::System.Text.Encoding.UTF8.GetCharCount(bytes);
                    if (chars is null || chars.Length < length)
                    {
                        chars = new char[length];
                    }

                    text.Write(chars, 0, global::System.Text.Encoding.UTF8.GetChars(bytes, chars));
                }

                buffer.Clear();
            }

            private static void WriteNumberOrNull(global::System.Text.Json.Utf8JsonWriter json, global::System.ReadOnlySpan<byte> name, int? value)
            {
                if (value is { } number)
                {
                    json.WriteNumber(name, number);
                }
                else
                {
                    json.WriteNull(name);
                }
            }

            private static void WriteStrings(global::System.Text.Json.Utf8JsonWriter json, global::System.ReadOnlySpan<byte> name, global::System.Collections.Generic.IReadOnlyList<string> values)
            {
                json.WriteStartArray(name);
                for (var i = 0; i < values.Count; i++)
                {
                    json.WriteStringValue(values[i]);
                }

                json.WriteEndArray();
            }

            private static void WriteJsonLine(global::System.Text.Json.Utf8JsonWriter json, {{article}} article)
            {
                json.WriteStartObject();
            """);
        foreach (var field in Fields)
        {
            var name = StringLiteral.QuoteUtf8(field.Key);
            writer.WriteLine(field.Value switch
            {
                FieldValue.Number => $"    json.WriteNumber({name}, {field.Expression});",
                FieldValue.NumberOrNull => $"    WriteNumberOrNull(json, {name}, {field.Expression});",
                FieldValue.Strings => $"    WriteStrings(json, {name}, {field.Expression});",
                _ => $"    json.WriteString({name}, {field.Expression});",
            });
        }

        writer.WriteLines(
            """
                json.WriteEndObject();
            }
            """);
        writer.CloseBlock();
        writer.CloseBlock();

        return new GeneratedFile(GeneratedNames.ExportFile(className), writer.ToString());
    }

    /// <summary>One key of a line.</summary>
    /// <param name="Dtype">The Hugging Face <c>Value</c> type the card gives the column.</param>
    /// <param name="Expression">What the writer writes, read from <c>article</c>.</param>
    /// <param name="Description">What the card says of it, in Markdown.</param>
    public sealed record Field(string Key, string Dtype, FieldValue Value, string Expression, string Description)
    {
        /// <summary>A list of values of <see cref="Dtype"/>: a <c>sequence</c> feature.</summary>
        public bool IsSequence => Value == FieldValue.Strings;
    }
}
