using System;
using System.Collections.Generic;
using System.Globalization;
using CorpusGen.Model;
using CorpusGen.Planning;

namespace CorpusGen.Emit;

/// <summary>Writes the shard files: the article members of one corpus class that share a shard number.</summary>
public static class ShardEmitter
{
    // Nested classes of the corpus class, kept off article member names by the planner.
    public const string CacheClass = "ArticleCache";

    public static EquatableArray<GeneratedFile> Emit(IEnumerable<ArticleFragment> fragments, CorpusOptions options)
    {
        var shards = new SortedDictionary<(string ClassName, int Shard), List<ArticleFragment>>(ShardOrder.Instance);
        foreach (var fragment in fragments)
        {
            var key = (fragment.ClassName, fragment.Shard);
            if (!shards.TryGetValue(key, out var members))
            {
                shards.Add(key, members = []);
            }

            // The same file declared twice gives the same fragment twice; one member it is.
            if (!members.Exists(member => member.MemberName == fragment.MemberName))
            {
                members.Add(fragment);
            }
        }

        var files = new List<GeneratedFile>(shards.Count);
        foreach (var shard in shards)
        {
            files.Add(EmitShard(shard.Key.ClassName, shard.Key.Shard, shard.Value, options));
        }

        return files.ToEquatableArray();
    }

    private static GeneratedFile EmitShard(string className, int shard, List<ArticleFragment> fragments, CorpusOptions options)
    {
        // Input order varies with the project file; member order must not.
        fragments.Sort((left, right) => string.CompareOrdinal(left.MemberName, right.MemberName));
        var writer = new TypeNames(options.Namespace).StartFile();
        writer.OpenBlock($"{options.Visibility} static partial class {className}");
        foreach (var fragment in fragments)
        {
            writer.WriteRaw(fragment.Member);
            writer.WriteLine();
        }

        WriteNestedClass(writer, CacheClass, fragments, fragment => fragment.CacheField);
        if (fragments.Exists(fragment => fragment.Utf8Literal is not null))
        {
            writer.WriteLine();
            WriteNestedClass(writer, Utf8TextStorage.LiteralClass, fragments, fragment => fragment.Utf8Literal);
        }

        writer.CloseBlock();
        var number = shard.ToString("00", CultureInfo.InvariantCulture);
        return new GeneratedFile($"{className}.Articles{number}.g.cs", writer.ToString());
    }

    private static void WriteNestedClass(SourceWriter writer, string name, List<ArticleFragment> fragments, Func<ArticleFragment, string?> line)
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
