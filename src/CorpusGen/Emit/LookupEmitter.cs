using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusGen.Model;

namespace CorpusGen.Emit;

/// <summary>
/// Writes a corpus class's lookups, all computed at compile time: <c>Find</c>'s table of ids, the facet classes
/// <c>Outlets</c>, <c>Cities</c>, <c>Sections</c>, <c>Tags</c> and <c>Authors</c> with <c>ByOutlet</c> to <c>ByAuthor</c>, <c>Between</c> and <c>OnDate</c> over
/// the articles in date order, <c>ByScript</c>, <c>FirstDate</c> and <c>LastDate</c>. A lookup returns a list that
/// creates each article when it is read, so nothing is built before the first answer.
/// </summary>
public static class LookupEmitter
{
    /// <summary>The type every corpus shares beside <c>NewsArticle</c>: one value of a facet.</summary>
    public static GeneratedFile EmitFacetType(CorpusOptions options)
    {
        var writer = SourceWriter.StartFile(options.Namespace);
        var article = GeneratedNames.Qualified(options.Namespace, GeneratedNames.Article);
        var list = $"global::System.Collections.Generic.IReadOnlyList<{article}>";
        writer.OpenType("One value of a corpus's facet, such as an outlet, a city, a section, a tag or an author, and its articles.", $"{options.Visibility} sealed class {GeneratedNames.Facet}");
        writer.WriteLines(
            $$"""
            internal {{GeneratedNames.Facet}}(string name, int count, global::System.DateOnly firstDate, global::System.DateOnly lastDate, {{list}} articles)
            {
                Name = name;
                Count = count;
                FirstDate = firstDate;
                LastDate = lastDate;
                Articles = articles;
            }

            /// <summary>The value as the articles write it.</summary>
            public string Name { get; }

            /// <summary>How many articles have it.</summary>
            public int Count { get; }

            /// <summary>The date of its earliest article.</summary>
            public global::System.DateOnly FirstDate { get; }

            /// <summary>The date of its latest article.</summary>
            public global::System.DateOnly LastDate { get; }

            /// <summary>Its articles, in the order of the corpus class's <c>All</c>.</summary>
            public {{list}} Articles { get; }

            /// <summary>The name and the count, as <c>Reuters (12)</c>.</summary>
            public override string ToString() => Name + " (" + Count.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ")";
            """);
        writer.CloseBlock();
        return new GeneratedFile(GeneratedNames.Facet + ".g.cs", writer.ToString());
    }

    public static GeneratedFile Emit(CollectionPlan collection, CollectionFacets facets, CorpusOptions options)
    {
        var article = GeneratedNames.Qualified(options.Namespace, GeneratedNames.Article);
        var facet = GeneratedNames.Qualified(options.Namespace, GeneratedNames.Facet);
        var script = GeneratedNames.Qualified(options.Namespace, GeneratedNames.Script);
        var list = $"global::System.Collections.Generic.IReadOnlyList<{article}>";
        var index = GeneratedNames.IndexClass;

        // Every list of articles the lookups return, in one table, so that no lookup builds anything before it
        // answers: All first, at 0.
        var addresses = collection.Addresses();
        var lists = new ListsTable(addresses);
        lists.Add(Enumerable.Range(0, addresses.Count).ToEquatableArray());
        var byDate = lists.Add(facets.ByDate);
        var scripts = facets.ByScript.Select(members => (At: lists.Add(members), members.Count)).ToList();
        var facetLists = facets.Facets
            .Select(facetPlan => (Values: facetPlan.Values.Select(value => (At: lists.Add(value.Articles), value.Articles.Count)).ToList(), Unknown: (At: lists.Add(facetPlan.WithoutValue), facetPlan.WithoutValue.Count)))
            .ToList();

        var writer = SourceWriter.StartFile(options.Namespace);
        writer.OpenBlock($"{options.Visibility} static partial class {collection.ClassName}");
        writer.WriteLines(
            $$"""
            /// <summary>The article whose <see cref="{{article}}.Id"/> is <paramref name="id"/> (ordinal comparison), or <see langword="null"/> when there is none.</summary>
            /// <param name="id">The article's id: the hex part of an <c>NNN_id.txt</c> file name, otherwise the file name without its extension.</param>
            /// <exception cref="global::System.ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
            public static {{article}}? Find(string id) => {{index}}.ValueOf({{StringLiteral.QuoteUtf8(LookupTable.Names(collection.Articles.Select((planned, position) => (planned.Id, addresses[position]))))}}, id ?? throw new global::System.ArgumentNullException(nameof(id))) is var address and >= 0 ? {{index}}.At(address) : null;

            /// <summary>The date of the corpus's earliest article{{(facets.Dates.Count == 0 ? "; the corpus has none" : "")}}.</summary>
            public static global::System.DateOnly FirstDate => {{DateOnly(facets.Dates.Count == 0 ? new ArticleDate(1, 1, 1) : facets.Dates[0])}};

            /// <summary>The date of the corpus's latest article{{(facets.Dates.Count == 0 ? "; the corpus has none" : "")}}.</summary>
            public static global::System.DateOnly LastDate => {{DateOnly(facets.Dates.Count == 0 ? new ArticleDate(1, 1, 1) : facets.Dates[facets.Dates.Count - 1])}};

            /// <summary>The articles dated <paramref name="first"/> to <paramref name="last"/>, both included, by date, then by file name; none when <paramref name="first"/> is after <paramref name="last"/>.</summary>
            public static {{list}} Between(global::System.DateOnly first, global::System.DateOnly last)
            {
                var start = {{index}}.FirstDatedFrom(first.DayNumber);
                var end = {{index}}.FirstDatedFrom(last.DayNumber + 1);
                return end > start ? new {{index}}.Selection({{Number(byDate + 1)}} + start, end - start) : {{index}}.None;
            }

            /// <summary>The articles dated <paramref name="date"/>, by file name.</summary>
            public static {{list}} OnDate(global::System.DateOnly date) => Between(date, date);

            /// <summary>The articles whose text is mostly in <paramref name="script"/>, in the order of <see cref="All"/>.</summary>
            public static {{list}} ByScript({{script}} script) => script switch
            {
            """);
        var scriptNames = Enum.GetNames(typeof(ArticleScript));
        for (var value = 0; value < scripts.Count; value++)
        {
            if (scripts[value].Count > 0)
            {
                writer.WriteLine($"    {script}.{scriptNames[value]} => {Selection(index, scripts[value])},");
            }
        }

        writer.WriteLines(
            $$"""
                _ => {{index}}.None,
            };

            """);

        for (var kind = 0; kind < facets.Facets.Count; kind++)
        {
            WriteFacet(writer, facets.Facets[kind], facetLists[kind].Values, facetLists[kind].Unknown, article, facet, list, index);
        }

        writer.OpenBlock($"private static partial class {index}");
        writer.WriteLines(
            $$"""
            internal static readonly {{list}} None = new Selection(0, 0);

            internal static readonly {{list}} All = new Selection(1, {{Number(addresses.Count)}});

            // The list whose count is at position at of the lists table; none for -1.
            internal static {{list}} Listed(int at) => at < 0 ? None : new Selection(at + 1, ListEntry(at));

            // The first position in date order whose date, a day number, is not before day.
            internal static int FirstDatedFrom(int day)
            {
                var (low, high) = (0, {{Number(facets.Dates.Count)}});
                while (low < high)
                {
                    var middle = low + ((high - low) / 2);
                    if (DayAt(middle) < day)
                    {
                        low = middle + 1;
                    }
                    else
                    {
                        high = middle;
                    }
                }

                return low;
            }

            """);
        LookupTable.WriteDescription(writer);
        LookupTable.WriteNumbers(writer, "Every list the lookups return, once each, its count, then its articles' addresses: All first.", "ListEntry", lists.Numbers);
        writer.WriteLine();
        LookupTable.WriteNumbers(writer, "The date of each article in date order, as its day number.", "DayAt", facets.Dates.Select(date => date.DayNumber));
        writer.WriteLine();
        LookupTable.WriteNamesDecoder(writer);
        writer.WriteLines(
            $$"""

            /// <summary>Articles of the lists table, each created when it is read.</summary>
            internal sealed class Selection : {{list}}
            {
                private readonly int _start;

                internal Selection(int start, int count)
                {
                    _start = start;
                    Count = count;
                }

                public int Count { get; }

                public {{article}} this[int index] => (uint)index < (uint)Count
                    ? At(ListEntry(_start + index))
                    : throw new global::System.ArgumentOutOfRangeException(nameof(index));

                public global::System.Collections.Generic.IEnumerator<{{article}}> GetEnumerator()
                {
                    for (var i = 0; i < Count; i++)
                    {
                        yield return this[i];
                    }
                }

                global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
            }
            """);
        writer.CloseBlock();
        writer.CloseBlock();
        return new GeneratedFile(GeneratedNames.LookupsFile(collection.ClassName), writer.ToString());
    }

    private static void WriteFacet(SourceWriter writer, Facet facet, List<(int At, int Count)> values, (int At, int Count) unknown, string article, string facetType, string list, string index)
    {
        var singular = facet.ValueKind;
        var withArticle = ("aeiou".IndexOf(singular[0]) >= 0 ? "an " : "a ") + singular;
        var names = LookupTable.Names(facet.Values.Select((value, position) => (value.Name, values[position].At)));
        writer.WriteLines(
            $$"""
            /// <summary>The articles whose {{facet.Source}} names the {{singular}} <paramref name="{{singular}}"/> (ordinal comparison), in the order of <see cref="All"/>; none for {{withArticle}} no article names.</summary>
            /// <exception cref="global::System.ArgumentNullException"><paramref name="{{singular}}"/> is <see langword="null"/>.</exception>
            public static {{list}} {{facet.Lookup}}(string {{singular}}) => {{index}}.Listed({{index}}.ValueOf({{StringLiteral.QuoteUtf8(names)}}, {{singular}} ?? throw new global::System.ArgumentNullException(nameof({{singular}}))));

            """);
        writer.OpenType(
            $"The {facet.ClassName.ToLowerInvariant()} the articles' {facet.Source}s name, each with its articles: {Number(facet.Values.Count)} in all.",
            $"public static class {facet.ClassName}");
        writer.WriteLines(
            $$"""
            private static readonly {{facetType}}?[] s_values = new {{facetType}}?[{{Number(facet.Values.Count)}}];
            private static global::System.Collections.Generic.IReadOnlyList<{{facetType}}>? s_all;

            /// <summary>Every {{singular}}, most articles first, then by name (ordinal comparison).</summary>
            public static global::System.Collections.Generic.IReadOnlyList<{{facetType}}> All => s_all ??= global::System.Array.AsReadOnly(CreateAll());

            /// <summary>The articles whose {{(facet.Source == "dateline" ? "lead" : facet.Source)}} names no {{singular}}: {{Number(unknown.Count)}}.</summary>
            public static {{list}} Unknown => {{(unknown.Count == 0 ? index + ".None" : Selection(index, unknown))}};

            """);
        for (var value = 0; value < facet.Values.Count; value++)
        {
            var plan = facet.Values[value];
            writer.WriteLine("/// <summary>")
                .WriteLine("/// <para>", DocComment.Text(plan.Name), "</para>")
                .WriteLine($"/// <para>{Number(plan.Articles.Count)} {(plan.Articles.Count == 1 ? "article" : "articles")}, {plan.FirstDate} to {plan.LastDate}</para>")
                .WriteLine("/// </summary>")
                .WriteLine($"public static {facetType} {plan.MemberName} => Value({Number(value)});")
                .WriteLine();
        }

        writer.WriteLines(
            $$"""
            private static {{facetType}}[] CreateAll()
            {
                var all = new {{facetType}}[s_values.Length];
                for (var i = 0; i < all.Length; i++)
                {
                    all[i] = Value(i);
                }

                return all;
            }

            private static {{facetType}} Value(int value) => s_values[value] ?? Publish(value);

            private static {{facetType}} Publish(int value)
            {
                {{facetType}} created = value switch
                {
            """);
        for (var value = 0; value < facet.Values.Count; value++)
        {
            var plan = facet.Values[value];
            writer.WriteLine($"        {Number(value)} => new {facetType}({StringLiteral.Quote(plan.Name)}, {Number(plan.Articles.Count)}, {DateOnly(plan.FirstDate)}, {DateOnly(plan.LastDate)}, {Selection(index, values[value])}),");
        }

        writer.WriteLines(
            $$"""
                    _ => throw new global::System.ArgumentOutOfRangeException(nameof(value)),
                };
                return global::System.Threading.Interlocked.CompareExchange(ref s_values[value], created, null) ?? created;
            }
            """);
        writer.CloseBlock();
        writer.WriteLine();
    }

    /// <summary>
    /// Lists of articles back to back, each its count, then its articles' addresses, each list once however many
    /// lookups return it: without headers, the articles with no section, no tag and no author are all of them, as
    /// the articles of a corpus's one script are, 69 KB of literal the compiler reads at 23,000 articles, each.
    /// </summary>
    private sealed class ListsTable(List<int> addresses)
    {
        private readonly Dictionary<EquatableArray<int>, int> _stored = [];

        public List<int> Numbers { get; } = [];

        /// <summary>The list of <paramref name="members"/>, positions in <c>All</c>: where its count is.</summary>
        public int Add(EquatableArray<int> members)
        {
            if (!_stored.TryGetValue(members, out var at))
            {
                at = Numbers.Count;
                Numbers.Add(members.Count);
                Numbers.AddRange(members.Select(position => addresses[position]));
                _stored.Add(members, at);
            }

            return at;
        }
    }

    /// <summary>The list whose count is at <paramref name="list"/>'s place in the lists table: its articles follow it.</summary>
    private static string Selection(string index, (int At, int Count) list) =>
        $"new {index}.Selection({Number(list.At + 1)}, {Number(list.Count)})";

    // From the day number, the runtime's cheapest way to make a date: from a year, a month and a day, the first
    // DateOnly of a process costs about 0.2 ms more.
    private static string DateOnly(ArticleDate date) =>
        $"global::System.DateOnly.FromDayNumber({Number(date.DayNumber)}) /* {date} */";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
