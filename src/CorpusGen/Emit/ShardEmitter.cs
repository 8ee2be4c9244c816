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
    public static EquatableArray<ShardContent> Group(IReadOnlyList<ArticleFragment> fragments)
    {
        var classes = new Dictionary<string, List<ArticleFragment>?[]>(StringComparer.Ordinal);
        foreach (var fragment in fragments)
        {
            if (!classes.TryGetValue(fragment.ClassName, out var shards))
            {
                classes.Add(fragment.ClassName, shards = new List<ArticleFragment>?[ArticleShards.Count]);
            }

            (shards[fragment.Shard] ??= []).Add(fragment);
        }

        // Every class gets all its shards, empty ones too: the pipeline compares shards by position, so an article
        // landing in an empty shard must not shift the shards after it.
        var contents = new List<ShardContent>();
        foreach (var className in classes.Keys.OrderBy(name => name, StringComparer.Ordinal))
        {
            var shards = classes[className];
            for (var shard = 0; shard < shards.Length; shard++)
            {
                var members = shards[shard] is { } found ? InMemberOrder(found) : EquatableArray<ArticleFragment>.Empty;
                contents.Add(new ShardContent(className, shard, members));
            }
        }

        return contents.ToEquatableArray();
    }

    // Input order varies with the project file; member order must not. The same file declared twice gives the
    // same fragment twice: one member it is. Files usually arrive in name order already, which skips the sort.
    private static EquatableArray<ArticleFragment> InMemberOrder(List<ArticleFragment> members)
    {
        for (var i = 1; i < members.Count; i++)
        {
            if (ArticleShards.MemberOrder.Compare(members[i - 1].MemberName, members[i].MemberName) >= 0)
            {
                members.Sort((left, right) => ArticleShards.MemberOrder.Compare(left.MemberName, right.MemberName));
                var distinct = new List<ArticleFragment>(members.Count);
                foreach (var fragment in members)
                {
                    if (distinct.Count == 0 || distinct[distinct.Count - 1].MemberName != fragment.MemberName)
                    {
                        distinct.Add(fragment);
                    }
                }

                return distinct.ToEquatableArray();
            }
        }

        return members.ToEquatableArray();
    }

    /// <summary>The shard's file, or null for an empty shard.</summary>
    public static GeneratedFile? Emit(ShardContent shard, CorpusOptions options)
    {
        if (shard.Fragments.Count == 0)
        {
            return null;
        }

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
        writer.WriteLine($"    {StringLiteral.QuoteAscii(table.Numbers)},");
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
}
