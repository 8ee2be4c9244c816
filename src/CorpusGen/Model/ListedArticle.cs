namespace CorpusGen.Model;

/// <summary>One declaration of an article file in the <see cref="ArticleList"/>: its item's metadata as written.</summary>
/// <param name="Collection">The Collection, or null for none.</param>
/// <param name="Paragraphs">The Paragraphs metadata, or null when the item sets none.</param>
/// <param name="SourcePath">The file the project declares, when the compiler reads another: its UTF-8 copy, for a
/// file in a legacy encoding. Null when they are one.</param>
public readonly record struct ListedArticle(string? Collection, string? Paragraphs, string? SourcePath = null);
