namespace CorpusGen.Model;

/// <summary>
/// One declared article file as the planner sees it; <see cref="Id"/> and <see cref="Facts"/> are null when it
/// failed to parse. Its text is not here: editing the text alone leaves the declaration equal.
/// </summary>
public sealed record DeclaredArticle(string FilePath, string FileName, string Stem, string? Collection, string? Id, ArticleFacts? Facts = null);
