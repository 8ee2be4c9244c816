using Microsoft.CodeAnalysis;

namespace CorpusGen.Model;

/// <summary>
/// An additional file declared as a <c>NewsArticle</c> item, as an article of one collection, with the project's
/// options, which say how to read and emit it.
/// </summary>
/// <param name="Collection">The Collection it is declared with, or null for none.</param>
/// <param name="ResourceCollection">The collection the targets embed the file under: the first it is declared with.</param>
/// <param name="Paragraphs">The item's Paragraphs metadata as written, or null when it sets none.</param>
/// <param name="SourcePath">The declared file, when <paramref name="File"/> is its UTF-8 copy: what messages name.</param>
public sealed record ArticleFile(AdditionalText File, string? Collection, string? ResourceCollection, CorpusOptions Options, string? Paragraphs = null, string? SourcePath = null)
{
    /// <summary>The path messages name: the declared file's.</summary>
    public string DeclaredPath => SourcePath ?? File.Path;
}
