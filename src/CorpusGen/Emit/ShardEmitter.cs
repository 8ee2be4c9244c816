using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using CorpusGen.Model;
using CorpusGen.Planning;

namespace CorpusGen.Emit;

/// <summary>The article members of one corpus class that share a shard number, in member name order.</summary>
public sealed record ShardContent(string ClassName, int Shard, EquatableArray<ArticleFragment> Fragments);

/// <summary>Writes the shard files: the article members of one corpus class that share a shard number.</summary>
public static class ShardEmitter
{
    // Nested classes of the corpus class, kept off article member names by the planner.
    public const string CacheClass = "ArticleCache";

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
        var writer = new TypeNames(options.Namespace).StartFile();
        writer.OpenBlock($"{options.Visibility} static partial class {shard.ClassName}");
        foreach (var fragment in shard.Fragments)
        {
            writer.WriteRaw(fragment.Member);
            writer.WriteLine();
        }

        WriteNestedClass(writer, CacheClass, shard.Fragments, fragment => fragment.CacheField);
        if (shard.Fragments.Any(fragment => fragment.Utf8Literal is not null))
        {
            writer.WriteLine();
            WriteNestedClass(writer, Utf8TextStorage.LiteralClass, shard.Fragments, fragment => fragment.Utf8Literal);
        }

        writer.CloseBlock();
        var number = shard.Shard.ToString("00", CultureInfo.InvariantCulture);
        return new GeneratedFile($"{shard.ClassName}.Articles{number}.g.cs", writer.ToString());
    }

    private static void WriteNestedClass(SourceWriter writer, string name, EquatableArray<ArticleFragment> fragments, Func<ArticleFragment, string?> line)
    {
        writer.OpenBlock($"private static partial class {name}");
        foreach (var fragment in fragments)
        {
            if (line(fragment) is { } text)
            {
                writer.WriteLine(text);
            }
        }

        writer.CloseBlock();
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
