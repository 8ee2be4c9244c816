using System.Globalization;
using System.Linq;
using CorpusGen.Model;

namespace CorpusGen.Emit;

/// <summary>
/// Writes a corpus class: its <c>All</c> and <c>Count</c>, and the index that finds an article by its address in
/// the shard tables. Article members and the tables are in the shard files (<see cref="ShardFileEmitter"/>),
/// the lookups, <c>Find</c> among them, in the lookups file (<see cref="LookupEmitter"/>).
/// </summary>
public static class CorpusClassEmitter
{
    private const int ShardsPerGroup = 8;

    public static GeneratedFile Emit(CollectionPlan collection, CorpusOptions options)
    {
        var article = GeneratedNames.Qualified(options.Namespace, GeneratedNames.Article);
        var list = $"global::System.Collections.Generic.IReadOnlyList<{article}>";
        var count = collection.Articles.Count.ToString(CultureInfo.InvariantCulture);
        var indexClass = GeneratedNames.IndexClass;
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
        var table = $"{article}.{GeneratedNames.TableClass}";
        writer.WriteLines(
            $$"""
            private const int ShardCount = {{Number(ArticleShards.Count)}};

            // The JIT loads every shard class a method names when it compiles the method: eight methods of eight
            // shards, so that a first lookup loads eight classes, not all of them (0.6 ms at 23,000 articles).
            internal static {{article}} At(int address)
            {
                var shard = address % ShardCount;
                var table = (shard / {{Number(ShardsPerGroup)}}) switch
                {
            """);
        var groups = Enumerable.Range(0, collection.Shards.Count)
            .Where(shard => collection.Shards[shard].MemberNames.Count > 0)
            .GroupBy(shard => shard / ShardsPerGroup)
            .ToList();
        foreach (var group in groups)
        {
            writer.WriteLine($"        {Number(group.Key)} => {GroupMethod(group.Key)}(shard),");
        }

        writer.WriteLines(
            """
                    _ => throw new global::System.ArgumentOutOfRangeException(nameof(address)),
                };
                return table[address / ShardCount];
            }
            """);
        foreach (var group in groups)
        {
            writer.WriteLine();
            writer.WriteLine($"private static {table} {GroupMethod(group.Key)}(int shard) => shard switch");
            writer.WriteLine("{");
            foreach (var shard in group)
            {
                writer.WriteLine($"    {Number(shard)} => {GeneratedNames.ShardClass(shard)}.Table,");
            }

            writer.WriteLines(
                """
                    _ => throw new global::System.ArgumentOutOfRangeException(nameof(shard)),
                };
                """);
        }

        writer.CloseBlock();
        writer.CloseBlock();

        return new GeneratedFile(collection.ClassName + ".g.cs", writer.ToString());
    }

    private static string GroupMethod(int group) =>
        $"Shards{Number(group * ShardsPerGroup)}To{Number(((group + 1) * ShardsPerGroup) - 1)}";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
