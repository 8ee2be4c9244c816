namespace CorpusGen;

/// <summary>Names of the pipeline steps, so tests can check which ran and which were cached.</summary>
public static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string TargetSupport = nameof(TargetSupport);
    public const string ArticleList = nameof(ArticleList);
    public const string ArticleFiles = nameof(ArticleFiles);
    public const string Plan = nameof(Plan);
    public const string EmittedArticles = nameof(EmittedArticles);
    public const string DeclaredArticles = nameof(DeclaredArticles);
    public const string GroupedShards = nameof(GroupedShards);
    public const string Shards = nameof(Shards);
    public const string ShardFiles = nameof(ShardFiles);
    public const string EmittedCorpus = nameof(EmittedCorpus);
}
