namespace CorpusGen;

/// <summary>Names of the pipeline steps, in pipeline order, so tests can check which ran and which were cached.</summary>
public static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string TargetSupport = nameof(TargetSupport);
    public const string ArticleList = nameof(ArticleList);
    public const string ArticleFiles = nameof(ArticleFiles);
    public const string CompiledArticles = nameof(CompiledArticles);
    public const string Declarations = nameof(Declarations);
    public const string Plan = nameof(Plan);
    public const string GatheredShards = nameof(GatheredShards);
    public const string Shards = nameof(Shards);
    public const string ShardFiles = nameof(ShardFiles);
    public const string Facets = nameof(Facets);
    public const string LookupFiles = nameof(LookupFiles);
    public const string ExportFiles = nameof(ExportFiles);
    public const string CorpusFiles = nameof(CorpusFiles);
    public const string SearchFiles = nameof(SearchFiles);
}
