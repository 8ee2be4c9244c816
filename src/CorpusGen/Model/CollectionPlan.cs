using System;
using System.Collections.Generic;
using System.Linq;

namespace CorpusGen.Model;

/// <summary>One corpus class: its articles in file name order, and its <see cref="ArticleShards.Count"/> shards.</summary>
public sealed record CollectionPlan(string ClassName, EquatableArray<PlannedArticle> Articles, EquatableArray<ShardPlan> Shards)
{
    /// <summary>Where each article is in the generated code (<see cref="ArticleShards.Address"/>), in the order of <see cref="Articles"/>.</summary>
    public List<int> Addresses()
    {
        var addresses = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var shard = 0; shard < Shards.Count; shard++)
        {
            var members = Shards[shard].MemberNames;
            for (var row = 0; row < members.Count; row++)
            {
                addresses.Add(members[row], ArticleShards.Address(shard, row));
            }
        }

        return Articles.Select(planned => addresses[planned.MemberName]).ToList();
    }
}
