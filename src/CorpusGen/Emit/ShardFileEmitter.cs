using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusGen.Model;

namespace CorpusGen.Emit;

/// <summary>Writes the shard files: the article members of one corpus class that share a shard number, and their table.</summary>
public static class ShardFileEmitter
{
    private const string LiteralMethod = "Utf8";

    /// <summary>
    /// Gathers each shard's fragments from the places the plan gives. Only references move here, so it is cheap to
    /// redo after any edit; a shard whose fragments are the same compares equal and is not written again.
    /// </summary>
    public static EquatableArray<ShardContent> Gather(IReadOnlyList<Result<CompiledArticle>> articles, CorpusPlan plan)
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
                    fragments[row] = articles[members.Positions[row]].Value.Fragment!;
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

        var article = GeneratedNames.Qualified(options.Namespace, GeneratedNames.Article);

        // A member, its card's markup and its table row take about 350 characters an article, besides what the card
        // says and the literal.
        var length = shard.Fragments.Sum(fragment => 350 + (fragment.Card?.Facts.Length + fragment.Card?.Lead.Length ?? 0) + (fragment.Utf8Literal?.Length ?? 0));
        var writer = SourceWriter.StartFile(options.Namespace, checksNullability: false, capacity: 4096 + length);
        writer.OpenBlock($"{options.Visibility} static partial class {shard.ClassName}");
        if (options.WritesMembers)
        {
            WriteMembers(writer, shard, article);
        }

        var hasLiterals = shard.Fragments.Any(fragment => fragment.Utf8Literal is not null);
        var (strings, numbers) = ArticleTable.Encode(shard.Fragments.Select(fragment => fragment.Row).ToList());
        writer.OpenBlock($"private static partial class {GeneratedNames.IndexClass}");
        writer.OpenBlock($"private static class {GeneratedNames.ShardClass(shard.Shard)}");
        writer.WriteLines(
            $$"""
            internal static readonly {{article}}.{{GeneratedNames.TableClass}} Table = new(
                {{StringLiteral.Quote(strings)}},
                {{StringLiteral.QuoteAscii(numbers)}},
                {{(hasLiterals ? LiteralMethod : "null")}});
            """);
        if (hasLiterals)
        {
            writer.WriteLine();
            WriteLiterals(writer, shard.Fragments);
        }

        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        return new GeneratedFile(GeneratedNames.ShardFile(shard.ClassName, shard.Shard), writer.ToString(), UserStringBytes(strings) + UserStringBytes(numbers));
    }

    // A string constant's entry in the heap: its length in a compressed integer, two bytes a UTF-16 unit, a flag byte.
    private static int UserStringBytes(string constant)
    {
        var length = (2 * constant.Length) + 1;
        return length + (length < 0x80 ? 1 : length < 0x4000 ? 2 : 4);
    }

    private static void WriteMembers(SourceWriter writer, ShardContent shard, string article)
    {
        for (var row = 0; row < shard.Fragments.Count; row++)
        {
            if (shard.Fragments[row].Card is { } card)
            {
                WriteCard(writer, card);
            }

            var address = ArticleShards.Address(shard.Shard, row).ToString(CultureInfo.InvariantCulture);
            writer.WriteLine($"public static {article} {shard.MemberNames[row]} => {GeneratedNames.ArticleAt}({address});");
            writer.WriteLine();
        }
    }

    // Line by line in parts: thousands of cards are written, and a card's text is most of a shard file.
    private static void WriteCard(SourceWriter writer, ArticleCard card)
    {
        writer.WriteLine("/// <summary>");
        if (card.Title is not null)
        {
            writer.WriteLine("/// <para><b>", card.Title, "</b></para>");
        }

        writer
            .WriteLine("/// <para>", card.Facts, "</para>")
            .WriteLine("/// <para>", card.Lead, "</para>")
            .WriteLine("/// </summary>")
            .WriteLine("/// <remarks>From <c>", card.FileName, "</c>, id <c>" + card.Id + "</c>.</remarks>");
    }

    private static void WriteLiterals(SourceWriter writer, EquatableArray<ArticleFragment> fragments)
    {
        writer.WriteLine($"private static global::System.ReadOnlySpan<byte> {LiteralMethod}(int row) => row switch");
        writer.WriteLine("{");
        for (var row = 0; row < fragments.Count; row++)
        {
            if (fragments[row].Utf8Literal is { } literal)
            {
                writer.WriteLine("    " + row.ToString(CultureInfo.InvariantCulture) + " => ", literal, ",");
            }
        }

        writer.WriteLines(
            """
                _ => throw new global::System.ArgumentOutOfRangeException(nameof(row)),
            };
            """);
    }
}
