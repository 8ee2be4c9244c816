namespace CorpusGen.Model;

/// <summary>
/// One article file as the corpus takes it: its declaration, which the plan reads, and, when it parsed, its
/// fragment, which its shard file holds.
/// </summary>
public sealed record CompiledArticle(DeclaredArticle Declaration, ArticleFragment? Fragment);
