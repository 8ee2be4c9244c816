namespace CorpusGen.Model;

/// <summary>
/// The articles of one shard file, in row order (<see cref="ArticleShards.MemberOrder"/>): their member names and
/// their places among the declared articles, so a shard's content is gathered without a lookup.
/// </summary>
public sealed record ShardPlan(EquatableArray<string> MemberNames, EquatableArray<int> Positions);
