namespace CorpusGen.Model;

/// <summary>An article that will be generated: its member name and its place among the declared articles.</summary>
public sealed record PlannedArticle(string FilePath, string FileName, string Id, string MemberName, int Position);
