using System;

namespace CorpusGen.Model;

/// <summary>
/// Which generated file an article's member goes into. The compiler pays about a millisecond for every generated
/// file, more than for the member itself, so articles share files: a fixed number of shards per corpus class,
/// picked by a hash of the member name, so an article stays in its shard when others come and go.
/// </summary>
public static class ArticleShards
{
    public const int Count = 64;

    /// <summary>
    /// The order of the members in a shard: an article's row is the rank of its member name in it. The shard files
    /// and the corpus's table of rows both follow it.
    /// </summary>
    public static StringComparer MemberOrder => StringComparer.Ordinal;

    /// <summary>Where an article is in the generated code: its shard plus <see cref="Count"/> times its row.</summary>
    public static int Address(int shard, int row) => shard + (Count * row);

    /// <summary>The shard of the article whose member is named <paramref name="memberName"/>.</summary>
    public static int ShardOf(string memberName)
    {
        // FNV-1a: stable across processes and runtimes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in memberName)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % Count);
    }
}
