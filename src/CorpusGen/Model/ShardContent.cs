namespace CorpusGen.Model;

/// <summary>The article members of one corpus class that share a shard number, in member name order.</summary>
public sealed record ShardContent(string ClassName, int Shard, EquatableArray<string> MemberNames, EquatableArray<ArticleFragment> Fragments);
