namespace CorpusGen.Model;

/// <summary>What parsing one article file gave: its declaration, and the article unless it failed.</summary>
public sealed record ParsedArticle(DeclaredArticle Declaration, ArticleSpec? Article);
