using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusGen.Model;
using CorpusGen.Planning;

namespace CorpusGen.Emit;

/// <summary>Writes a corpus class: its <c>All</c>, <c>Find</c> and <c>Count</c>. Article members come from <see cref="ArticleEmitter"/>.</summary>
public static class CorpusEmitter
{
    private const int NumbersPerLine = 16;

    // The nested class of the corpus class that holds the lookups; the planner keeps it off article member names.
    public const string IndexClass = "ArticleIndex";

    // What every article member calls with its address; the planner keeps it off article member names too.
    public const string ArticleAt = "ArticleAt";

    public static GeneratedFile Emit(CollectionPlan collection, CorpusOptions options)
    {
        var names = new TypeNames(options.Namespace);
        var article = names.Qualified(TypeNames.Article);
        var list = $"global::System.Collections.Generic.IReadOnlyList<{article}>";
        var index = "global::System.Collections.Generic.Dictionary<string, int>";
        var count = collection.Articles.Count.ToString(CultureInfo.InvariantCulture);
        var writer = names.StartFile();

        writer.WriteLine($"/// <summary>The news corpus <c>{collection.ClassName}</c>: {count} {(count == "1" ? "article" : "articles")} compiled into this assembly by CorpusGen.</summary>");
        writer.WriteLine("[global::System.CodeDom.Compiler.GeneratedCode(\"CorpusGen\", \"" + ThisAssembly.Version + "\")]");
        writer.OpenBlock($"{options.Visibility} static partial class {collection.ClassName}");
        writer.WriteLine("/// <summary>The number of articles in the corpus.</summary>");
        writer.WriteLine($"public const int Count = {count};");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Every article, ordered by file name (ordinal comparison).</summary>");
        writer.WriteLine($"public static {list} All => {IndexClass}.All;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The article whose <see cref=\"" + article + ".Id\"/> is <paramref name=\"id\"/> (ordinal comparison), or <see langword=\"null\"/> when there is none.</summary>");
        writer.WriteLine("/// <param name=\"id\">The article's id: the hex part of an <c>NNN_id.txt</c> file name, otherwise the file name without its extension.</param>");
        writer.WriteLine("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"id\"/> is <see langword=\"null\"/>.</exception>");
        writer.WriteLine($"public static {article}? Find(string id) => {IndexClass}.Find(id ?? throw new global::System.ArgumentNullException(nameof(id)));");
        writer.WriteLine();
        if (options.WritesMembers)
        {
            writer.WriteLine("// A call by simple name with one constant is the cheapest body the compiler binds for each of thousands of members.");
            writer.WriteLine($"private static {article} {ArticleAt}(int address) => {IndexClass}.At(address);");
            writer.WriteLine();
        }

        // The helpers live in a nested class, so no article member name can clash with them.
        writer.OpenBlock($"private static partial class {IndexClass}");
        writer.WriteLine("// Each article's address (shard + ShardCount * row), in file name order.");
        writer.WriteLine("private static readonly int[] s_order =");
        writer.OpenBlock();
        var addresses = Addresses(collection);
        for (var start = 0; start < addresses.Count; start += NumbersPerLine)
        {
            var line = new System.Text.StringBuilder();
            for (var i = start; i < Math.Min(start + NumbersPerLine, addresses.Count); i++)
            {
                line.Append(ArticleEmitter.Number(addresses[i])).Append(i + 1 < addresses.Count ? ", " : ",");
            }

            writer.WriteLine(line.ToString());
        }

        writer.CloseBlock("};");
        writer.WriteLine();
        writer.WriteLine($"private const int ShardCount = {ArticleEmitter.Number(ArticleShards.Count)};");
        writer.WriteLine($"private static {list}? s_all;");
        writer.WriteLine($"private static {index}? s_byId;");
        writer.WriteLine();
        writer.WriteLine($"internal static {list} All => s_all ??= global::System.Array.AsReadOnly(CreateAll());");
        writer.WriteLine();
        writer.WriteLine($"internal static {article}? Find(string id) => (s_byId ??= CreateIndex()).TryGetValue(id, out var address) ? At(address) : null;");
        writer.WriteLine();
        writer.WriteLine($"internal static {article} At(int address) => Table(address % ShardCount)[address / ShardCount];");
        writer.WriteLine();
        writer.OpenBlock($"private static {article}[] CreateAll()");
        writer.WriteLine($"var all = new {article}[s_order.Length];");
        writer.OpenBlock("for (var i = 0; i < all.Length; i++)");
        writer.WriteLine("all[i] = At(s_order[i]);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return all;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("// Ids come from the tables, so finding one article creates that article only.");
        writer.OpenBlock($"private static {index} CreateIndex()");
        writer.WriteLine($"var byId = new {index}(s_order.Length, global::System.StringComparer.Ordinal);");
        writer.OpenBlock("foreach (var address in s_order)");
        writer.WriteLine("byId.Add(Table(address % ShardCount).IdOf(address / ShardCount), address);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return byId;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"private static {article}.{ArticleBaseEmitter.TableClass} Table(int shard) => shard switch");
        writer.WriteLine("{");
        foreach (var shard in addresses.Select(address => address % ArticleShards.Count).Distinct().OrderBy(shard => shard))
        {
            writer.WriteLine($"    {ArticleEmitter.Number(shard)} => {ShardEmitter.ShardClass(shard)}.Table,");
        }

        writer.WriteLine("    _ => throw new global::System.ArgumentOutOfRangeException(nameof(shard)),");
        writer.WriteLine("};");
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
}
