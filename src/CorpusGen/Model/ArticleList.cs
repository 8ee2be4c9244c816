using System;
using System.Collections.Generic;
using System.Linq;

namespace CorpusGen.Model;

/// <summary>
/// The project's <c>NewsArticle</c> items, as the package's targets list them in one additional file: a line per
/// item, its full path, a tab and its <c>Collection</c>. Per-file metadata would reach the compiler as a section
/// per article in the project's generated .editorconfig, and the compiler looks each file up by scanning every
/// section: time that grows with the square of the corpus.
/// </summary>
public sealed class ArticleList : IEquatable<ArticleList>
{
    /// <summary>The name of the file the targets write, in the project's intermediate output folder.</summary>
    public const string FileName = "NewsArticles.corpusgen";

    public static readonly ArticleList Empty = new([], new Dictionary<string, string?[]>());

    // Each listed path's collections, by normalized path, in list order, each once.
    private readonly IReadOnlyDictionary<string, string?[]> _collections;

    /// <param name="lines">The list's lines, which say all it holds: two lists with the same lines are equal.</param>
    public ArticleList(string[] lines, IReadOnlyDictionary<string, string?[]> collections)
    {
        Lines = lines;
        _collections = collections;
    }

    public string[] Lines { get; }

    /// <summary>
    /// The collections the file at <paramref name="normalizedPath"/> is listed with, in list order, each once: the
    /// first is the one the targets embed it under. Empty when the file is no article.
    /// </summary>
    public IReadOnlyList<string?> CollectionsOf(string normalizedPath) =>
        _collections.TryGetValue(normalizedPath, out var collections) ? collections : [];

    public bool Equals(ArticleList? other) =>
        other is not null && (ReferenceEquals(Lines, other.Lines) || Lines.SequenceEqual(other.Lines, StringComparer.Ordinal));

    public override bool Equals(object? obj) => Equals(obj as ArticleList);

    public override int GetHashCode() => Lines.Length;
}
