using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CorpusGen.Model;
using CorpusGen.Text;

namespace CorpusGen.Emit;

/// <summary>
/// The Hugging Face dataset card of a corpus class's JSON Lines, written at compile time from its facets: a YAML
/// header (<c>pretty_name</c>, <c>language</c>, <c>size_categories</c>, <c>dataset_info</c>), then the counts,
/// dates, scripts, outlets, cities, sections, tags and authors in Markdown. Lines end with <c>\n</c>.
/// </summary>
public static class DatasetCard
{
    /// <summary>How many values of a facet the card lists, most articles first; the rest are counted in one row.</summary>
    public const int ListedValues = 50;

    /// <summary>
    /// The scripts that name a language, for articles whose header names none: those one language writes nearly
    /// alone, in news at least. Arabic is taken as Arabic, though Persian and Urdu share it. Latin, Cyrillic,
    /// Devanagari and Han are written by many languages each, and CorpusGen does not guess which: the card asks
    /// for their codes.
    /// </summary>
    private static readonly Dictionary<ArticleScript, string> Languages = new()
    {
        [ArticleScript.Arabic] = "ar",
        [ArticleScript.Hebrew] = "he",
        [ArticleScript.Greek] = "el",
        [ArticleScript.Thai] = "th",
        [ArticleScript.Kana] = "ja",
        [ArticleScript.Hangul] = "ko",
    };

    public static string Write(CollectionFacets facets, IReadOnlyList<ExportEmitter.Field> fields)
    {
        var count = facets.ByDate.Count;
        var scripts = Enumerable.Range(0, facets.ByScript.Count)
            .Where(script => facets.ByScript[script].Count > 0)
            .OrderByDescending(script => facets.ByScript[script].Count)
            .ThenBy(script => script)
            .Select(script => (Script: (ArticleScript)script, facets.ByScript[script].Count))
            .ToList();
        // The languages the headers name first; then those of the scripts, for the articles that name none.
        var withoutLanguage = scripts
            .Select(entry => (entry.Script, Count: facets.WithoutLanguage[(int)entry.Script]))
            .Where(entry => entry.Count > 0)
            .ToList();
        var languages = facets.Languages.Select(language => language.Code)
            .Concat(withoutLanguage.Where(entry => Languages.ContainsKey(entry.Script)).Select(entry => Languages[entry.Script]))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var unnamed = withoutLanguage.Where(entry => !Languages.ContainsKey(entry.Script) && entry.Script != ArticleScript.Unknown).ToList();

        var card = new StringBuilder();
        card.Append("---\n");
        card.Append("pretty_name: ").Append(facets.ClassName).Append('\n');
        if (languages.Count > 0)
        {
            card.Append("language:\n");
            foreach (var language in languages)
            {
                card.Append("- ").Append(language).Append('\n');
            }
        }

        if (unnamed.Count > 0)
        {
            card.Append("# No language inferred for ")
                .Append(string.Join(", ", unnamed.Select(entry => Articles(entry.Count) + " in " + entry.Script + " script")))
                .Append(": many languages write it. Add their ISO 639-1 codes (en, fr, ru, ...) under language.\n");
        }

        card.Append("size_categories:\n- ").Append(SizeCategory(count)).Append('\n');
        card.Append("dataset_info:\n  features:\n");
        foreach (var field in fields)
        {
            card.Append("  - name: ").Append(field.Key).Append(field.IsSequence ? "\n    sequence: " : "\n    dtype: ").Append(field.Dtype).Append('\n');
        }

        card.Append("  splits:\n  - name: train\n    num_examples: ").Append(Number(count)).Append('\n');
        card.Append("---\n\n");

        card.Append("# ").Append(facets.ClassName).Append("\n\n");
        card.Append(Articles(count, "news article"));
        if (count > 0)
        {
            card.Append(", dated ").Append(facets.Dates[0].ToString());
            if (facets.Dates[count - 1] != facets.Dates[0])
            {
                card.Append(" to ").Append(facets.Dates[count - 1].ToString());
            }
        }

        card.Append(", compiled into a .NET assembly by CorpusGen and written by `")
            .Append(facets.ClassName)
            .Append(".WriteJsonLines` as JSON Lines: one JSON object a line per article, ordered by file name.\n\n");
        card.Append(
            """
            ```python
            from datasets import load_dataset

            dataset = load_dataset("json", data_files="corpus.jsonl")
            ```

            or, with pandas, `pandas.read_json("corpus.jsonl", lines=True)`.

            """.Replace("\r", ""));

        if (scripts.Count > 0)
        {
            card.Append("\n## Scripts\n\n| script | language | articles |\n|---|---|---:|\n");
            foreach (var (script, articles) in scripts)
            {
                card.Append("| ").Append(script).Append(" | ").Append(Languages.TryGetValue(script, out var code) ? code : "").Append(" | ").Append(Number(articles)).Append(" |\n");
            }
        }

        foreach (var facet in facets.Facets)
        {
            AppendFacet(card, facet);
        }

        card.Append("\n## Fields\n\n| field | type | value |\n|---|---|---|\n");
        foreach (var field in fields)
        {
            card.Append("| `").Append(field.Key).Append("` | ").Append(field.IsSequence ? "sequence of " : "").Append(field.Dtype).Append(" | ").Append(field.Description).Append(" |\n");
        }

        return card.ToString();
    }

    /// <summary>Hugging Face's size category for <paramref name="count"/> rows, as its cards spell them.</summary>
    public static string SizeCategory(int count) => count switch
    {
        < 1_000 => "n<1K",
        < 10_000 => "1K<n<10K",
        < 100_000 => "10K<n<100K",
        < 1_000_000 => "100K<n<1M",
        < 10_000_000 => "1M<n<10M",
        < 100_000_000 => "10M<n<100M",
        < 1_000_000_000 => "100M<n<1B",
        _ => "1B<n<10B",
    };

    private static void AppendFacet(StringBuilder card, Facet facet)
    {
        // A facet no article gives a value, such as the sections of a corpus without headers, says nothing.
        if (facet.Values.Count == 0)
        {
            return;
        }

        card.Append("\n## ").Append(facet.ClassName).Append("\n\n| name | articles | first date | last date |\n|---|---:|---|---|\n");
        foreach (var value in facet.Values.Take(ListedValues))
        {
            card.Append("| ").Append(MarkdownText(value.Name))
                .Append(" | ").Append(Number(value.Articles.Count))
                .Append(" | ").Append(value.FirstDate.ToString())
                .Append(" | ").Append(value.LastDate.ToString())
                .Append(" |\n");
        }

        if (facet.Values.Count > ListedValues)
        {
            var rest = facet.Values.Skip(ListedValues).ToList();
            card.Append("| *").Append(Number(rest.Count)).Append(" more* | ").Append(Number(rest.Sum(value => value.Articles.Count))).Append(" | | |\n");
        }

        if (facet.WithoutValue.Count > 0)
        {
            card.Append("| *none* | ").Append(Number(facet.WithoutValue.Count)).Append(" | | |\n");
        }
    }

    /// <summary>
    /// A value shown as it reads (no line break or bidi control: <see cref="UnicodeText.ToDisplay(string)"/>), with every
    /// ASCII punctuation character backslash-escaped, which CommonMark allows for all of them, so no value can
    /// open a link, end a table cell or start emphasis.
    /// </summary>
    private static string MarkdownText(string text)
    {
        var display = UnicodeText.ToDisplay(text);
        var escaped = new StringBuilder(display.Length + 8);
        foreach (var c in display)
        {
            if (c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~'))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static string Articles(int count, string noun = "article") => Number(count) + " " + noun + (count == 1 ? "" : "s");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
