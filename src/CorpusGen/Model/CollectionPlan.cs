namespace CorpusGen.Model;

/// <summary>One corpus class: its articles in file name order, and its <see cref="ArticleShards.Count"/> shards.</summary>
public sealed record CollectionPlan(string ClassName, EquatableArray<PlannedArticle> Articles, EquatableArray<ShardPlan> Shards);
