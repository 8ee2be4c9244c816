using System;
using System.Collections.Generic;
using System.Linq;

namespace CorpusGen.Model;

/// <summary>
/// The project's <c>NewsArticle</c> items, as the package's targets list them in one additional file: a line per
/// item, its full path, its <c>Collection</c>, its <c>Paragraphs</c> and, for a file the compiler reads as a
/// UTF-8 copy, the declared file's path, with a tab between each. Per-file metadata would reach the compiler as a section
/// per article in the project's generated .editorconfig, and the compiler looks each file up by scanning every
/// section: time that grows with the square of the corpus.
/// </summary>
public sealed class ArticleList : IEquatable<ArticleList>
{
    /// <summary>The name of the file the targets write, in the project's intermediate output folder.</summary>
    public const string FileName = "NewsArticles.corpusgen";

    public static readonly ArticleList Empty = new([], new Dictionary<string, ListedArticle[]>());

    // Each listed path's declarations, by normalized path, in list order, one a collection.
    private readonly IReadOnlyDictionary<string, ListedArticle[]> _declarations;

    /// <param name="lines">The list's lines, which say all it holds: two lists with the same lines are equal.</param>
    public ArticleList(string[] lines, IReadOnlyDictionary<string, ListedArticle[]> declarations)
    {
        Lines = lines;
        _declarations = declarations;
    }

    public string[] Lines { get; }

    /// <summary>
    /// How the file at <paramref name="normalizedPath"/> is listed, in list order, once a collection: the first
    /// collection is the one the targets embed it under. Empty when the file is no article.
    /// </summary>
    public IReadOnlyList<ListedArticle> DeclarationsOf(string normalizedPath) =>
        _declarations.TryGetValue(normalizedPath, out var declarations) ? declarations : [];

    public bool Equals(ArticleList? other) =>
        other is not null && (ReferenceEquals(Lines, other.Lines) || Lines.SequenceEqual(other.Lines, StringComparer.Ordinal));

    public override bool Equals(object? obj) => Equals(obj as ArticleList);

    public override int GetHashCode() => Lines.Length;
}
