using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CorpusGen.Model;

namespace CorpusGen.Emit;

/// <summary>
/// Writes a corpus class: its <c>All</c>, <c>Find</c> and <c>Count</c>, and the index that finds an article by its
/// address in the shard tables. Article members and the tables are in the shard files (<see cref="ShardFileEmitter"/>),
/// the lookups behind <c>Find</c> and the facets in the lookups file (<see cref="LookupEmitter"/>).
/// </summary>
public static class CorpusClassEmitter
{
    private const int NumbersPerLine = 16;

    public static GeneratedFile Emit(CollectionPlan collection, CorpusOptions options)
    {
        var article = GeneratedNames.Qualified(options.Namespace, GeneratedNames.Article);
        var list = $"global::System.Collections.Generic.IReadOnlyList<{article}>";
        var count = collection.Articles.Count.ToString(CultureInfo.InvariantCulture);
        var indexClass = GeneratedNames.IndexClass;
        var addresses = Addresses(collection);
        var writer = SourceWriter.StartFile(options.Namespace);

        writer.OpenType(
            $"The news corpus <c>{collection.ClassName}</c>: {count} {(count == "1" ? "article" : "articles")} compiled into this assembly by CorpusGen.",
            $"{options.Visibility} static partial class {collection.ClassName}");
        writer.WriteLines(
            $$"""
            /// <summary>The number of articles in the corpus.</summary>
            public const int Count = {{count}};

            /// <summary>Every article, ordered by file name (ordinal comparison).</summary>
            public static {{list}} All => {{indexClass}}.All;

            /// <summary>The article whose <see cref="{{article}}.Id"/> is <paramref name="id"/> (ordinal comparison), or <see langword="null"/> when there is none.</summary>
            /// <param name="id">The article's id: the hex part of an <c>NNN_id.txt</c> file name, otherwise the file name without its extension.</param>
            /// <exception cref="global::System.ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
            public static {{article}}? Find(string id) => {{indexClass}}.Find(id ?? throw new global::System.ArgumentNullException(nameof(id)));

            """);
        if (options.WritesMembers)
        {
            writer.WriteLines(
                $$"""
                // A call by simple name with one constant is the cheapest body the compiler binds for each of thousands of members.
                private static {{article}} {{GeneratedNames.ArticleAt}}(int address) => {{indexClass}}.At(address);

                """);
        }

        // The helpers live in a nested class, so no article member name can clash with them.
        writer.OpenBlock($"private static partial class {indexClass}");
        writer.WriteLines(
            """
            // Each article's address (shard + ShardCount * row), in file name order.
            private static readonly int[] s_order =
            """);
        writer.OpenBlock();
        foreach (var line in NumberLines(addresses))
        {
            writer.WriteLine(line);
        }

        writer.CloseBlock("};");
        writer.WriteLines(
            $$"""

            private const int ShardCount = {{ArticleShards.Count.ToString(CultureInfo.InvariantCulture)}};
            private static {{list}}? s_all;

            internal static {{list}} All => s_all ??= global::System.Array.AsReadOnly(CreateAll());

            internal static {{article}} At(int address) => Table(address % ShardCount)[address / ShardCount];

            private static {{article}}[] CreateAll()
            {
                var all = new {{article}}[s_order.Length];
                for (var i = 0; i < all.Length; i++)
                {
                    all[i] = At(s_order[i]);
                }

                return all;
            }

            private static {{article}}.{{GeneratedNames.TableClass}} Table(int shard) => shard switch
            {
            """);
        foreach (var shard in addresses.Select(address => address % ArticleShards.Count).Distinct().OrderBy(shard => shard))
        {
            writer.WriteLine($"    {shard.ToString(CultureInfo.InvariantCulture)} => {GeneratedNames.ShardClass(shard)}.Table,");
        }

        writer.WriteLines(
            """
                _ => throw new global::System.ArgumentOutOfRangeException(nameof(shard)),
            };
            """);
        writer.CloseBlock();
        writer.CloseBlock();

        return new GeneratedFile(collection.ClassName + ".g.cs", writer.ToString());
    }

    /// <summary>Where each article of the collection is, in file name order, as the plan laid the shards out.</summary>
    private static List<int> Addresses(CollectionPlan collection)
    {
        var addresses = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var shard = 0; shard < collection.Shards.Count; shard++)
        {
            var members = collection.Shards[shard].MemberNames;
            for (var row = 0; row < members.Count; row++)
            {
                addresses.Add(members[row], ArticleShards.Address(shard, row));
            }
        }

        return collection.Articles.Select(planned => addresses[planned.MemberName]).ToList();
    }

    private static IEnumerable<string> NumberLines(List<int> numbers)
    {
        for (var start = 0; start < numbers.Count; start += NumbersPerLine)
        {
            var line = new StringBuilder();
            for (var i = start; i < Math.Min(start + NumbersPerLine, numbers.Count); i++)
            {
                line.Append(numbers[i].ToString(CultureInfo.InvariantCulture)).Append(i + 1 < numbers.Count ? ", " : ",");
            }

            yield return line.ToString();
        }
    }
}
