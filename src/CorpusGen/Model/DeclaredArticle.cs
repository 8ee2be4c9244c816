namespace CorpusGen.Model;

/// <summary>One declared article file as the planner sees it; <see cref="Id"/> is null when it failed to parse.</summary>
public sealed record DeclaredArticle(string FilePath, string FileName, string Stem, string? Collection, string? Id);
