using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusGen.Model;
using CorpusGen.Planning;

namespace CorpusGen.Emit;

/// <summary>The article members of one corpus class that share a shard number, in member name order.</summary>
public sealed record ShardContent(string ClassName, int Shard, EquatableArray<ArticleFragment> Fragments);

/// <summary>Writes the shard files: the article members of one corpus class that share a shard number.</summary>
public static class ShardEmitter
{
    private const string LiteralMethod = "Utf8";

    /// <summary>
    /// Sorts the fragments into their shards. Only references move here, so it is cheap to redo after any edit;
    /// a shard whose fragments are the same compares equal and is not written again.
    /// </summary>
    public static EquatableArray<ShardContent> Group(IEnumerable<ArticleFragment> fragments)
    {
        var shards = new SortedDictionary<(string ClassName, int Shard), List<ArticleFragment>>(ShardOrder.Instance);
        foreach (var fragment in fragments)
        {
            var key = (fragment.ClassName, fragment.Shard);
            if (!shards.TryGetValue(key, out var members))
            {
                shards.Add(key, members = []);
            }

            members.Add(fragment);
        }

        var contents = new List<ShardContent>(shards.Count);
        foreach (var shard in shards)
        {
            // Input order varies with the project file; member order must not. The same file declared twice
            // gives the same fragment twice: one member it is.
            shard.Value.Sort((left, right) => string.CompareOrdinal(left.MemberName, right.MemberName));
            var members = new List<ArticleFragment>(shard.Value.Count);
            foreach (var fragment in shard.Value)
            {
                if (members.Count == 0 || members[members.Count - 1].MemberName != fragment.MemberName)
                {
                    members.Add(fragment);
                }
            }

            contents.Add(new ShardContent(shard.Key.ClassName, shard.Key.Shard, members.ToEquatableArray()));
        }

        return contents.ToEquatableArray();
    }

    public static GeneratedFile Emit(ShardContent shard, CorpusOptions options)
    {
        var names = new TypeNames(options.Namespace);
        var article = names.Qualified(TypeNames.Article);
        var number = shard.Shard.ToString("00", CultureInfo.InvariantCulture);
        var writer = names.StartFile(checksNullability: false);
        writer.OpenBlock($"{options.Visibility} static partial class {shard.ClassName}");
        for (var row = 0; row < shard.Fragments.Count; row++)
        {
            var fragment = shard.Fragments[row];
            writer.WriteRaw(fragment.Card);
            writer.WriteLine($"public static {article} {fragment.MemberName} => {CorpusEmitter.IndexClass}.Get({ArticleEmitter.Number(shard.Shard)}, {ArticleEmitter.Number(row)});");
            writer.WriteLine();
        }

        writer.OpenBlock($"private static partial class {CorpusEmitter.IndexClass}");
        writer.OpenBlock($"private static class {ShardClass(shard.Shard)}");
        var hasLiterals = shard.Fragments.Any(fragment => fragment.Utf8Literal is not null);
        var table = ShardTable.Build(shard.Fragments.Select(fragment => fragment.Row).ToList());
        writer.WriteLine($"internal static readonly {article}.{ArticleBaseEmitter.TableClass} Table = new(");
        writer.WriteLine($"    {StringLiteral.Quote(table.Strings)},");
        writer.WriteLine($"    {StringLiteral.Quote(table.Numbers)},");
        writer.WriteLine(hasLiterals ? $"    {LiteralMethod});" : "    null);");
        if (hasLiterals)
        {
            writer.WriteLine();
            WriteLiterals(writer, shard.Fragments);
        }

        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        return new GeneratedFile($"{shard.ClassName}.Articles{number}.g.cs", writer.ToString());
    }

    /// <summary>The nested class of the corpus's index that holds shard <paramref name="shard"/>'s table.</summary>
    public static string ShardClass(int shard) => "Shard" + shard.ToString("00", CultureInfo.InvariantCulture);

    private static void WriteLiterals(SourceWriter writer, EquatableArray<ArticleFragment> fragments)
    {
        writer.WriteLine($"private static global::System.ReadOnlySpan<byte> {LiteralMethod}(int row) => row switch");
        writer.WriteLine("{");
        for (var row = 0; row < fragments.Count; row++)
        {
            if (fragments[row].Utf8Literal is { } literal)
            {
                writer.WriteLine($"    {ArticleEmitter.Number(row)} => {literal},");
            }
        }

        writer.WriteLine("    _ => throw new global::System.ArgumentOutOfRangeException(nameof(row)),");
        writer.WriteLine("};");
    }

    private sealed class ShardOrder : IComparer<(string ClassName, int Shard)>
    {
        public static readonly ShardOrder Instance = new();

        public int Compare((string ClassName, int Shard) left, (string ClassName, int Shard) right)
        {
            var byClass = string.CompareOrdinal(left.ClassName, right.ClassName);
            return byClass != 0 ? byClass : left.Shard.CompareTo(right.Shard);
        }
    }
}
