using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusGen.Model;
using CorpusGen.Planning;

namespace CorpusGen.Emit;

/// <summary>The article members of one corpus class that share a shard number, in member name order.</summary>
public sealed record ShardContent(string ClassName, int Shard, EquatableArray<string> MemberNames, EquatableArray<ArticleFragment> Fragments);

/// <summary>Writes the shard files: the article members of one corpus class that share a shard number.</summary>
public static class ShardEmitter
{
    private const string LiteralMethod = "Utf8";

    /// <summary>
    /// Gathers each shard's fragments from the places the plan gives. Only references move here, so it is cheap to
    /// redo after any edit; a shard whose fragments are the same compares equal and is not written again.
    /// </summary>
    public static EquatableArray<ShardContent> Group(IReadOnlyList<EmittedArticle> articles, CorpusPlan plan)
    {
        // Every class gets all its shards, empty ones too: the pipeline compares shards by position, so an article
        // landing in an empty shard must not shift the shards after it.
        var contents = new List<ShardContent>();
        foreach (var collection in plan.Collections)
        {
            for (var shard = 0; shard < collection.Shards.Count; shard++)
            {
                var members = collection.Shards[shard];
                var fragments = new ArticleFragment[members.Positions.Count];
                for (var row = 0; row < fragments.Length; row++)
                {
                    // The plan holds only articles that parsed, and those have a fragment.
                    fragments[row] = articles[members.Positions[row]].Fragment!;
                }

                contents.Add(new ShardContent(collection.ClassName, shard, members.MemberNames, new EquatableArray<ArticleFragment>(fragments)));
            }
        }

        return contents.ToEquatableArray();
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
        // A member, its card's markup and its table row take about 350 characters an article, besides what the card
        // says and the literal.
        var length = shard.Fragments.Sum(fragment => 350 + (fragment.Card?.Facts.Length + fragment.Card?.Lead.Length ?? 0) + (fragment.Utf8Literal?.Length ?? 0));
        var writer = names.StartFile(checksNullability: false, capacity: 4096 + length);
        writer.OpenBlock($"{options.Visibility} static partial class {shard.ClassName}");
        if (options.WritesMembers)
        {
            WriteMembers(writer, shard, article);
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

    private static void WriteMembers(SourceWriter writer, ShardContent shard, string article)
    {
        for (var row = 0; row < shard.Fragments.Count; row++)
        {
            if (shard.Fragments[row].Card is { } card)
            {
                WriteCard(writer, card);
            }

            writer.WriteLine($"public static {article} {shard.MemberNames[row]} => {CorpusEmitter.ArticleAt}({ArticleEmitter.Number(ArticleShards.Address(shard.Shard, row))});");
            writer.WriteLine();
        }
    }

    private static void WriteCard(SourceWriter writer, ArticleCard card) => writer
        .WriteLine("/// <summary>")
        .WriteLine("/// <para>", card.Facts, "</para>")
        .WriteLine("/// <para>", card.Lead, "</para>")
        .WriteLine("/// </summary>")
        .WriteLine("/// <remarks>From <c>", card.FileName, "</c>, id <c>" + card.Id + "</c>.</remarks>");

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
