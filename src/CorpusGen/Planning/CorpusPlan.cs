using System;
using System.Collections.Generic;
using CorpusGen.Diagnostics;
using CorpusGen.Model;

namespace CorpusGen.Planning;

/// <summary>One declared article file as the planner sees it; <see cref="Id"/> is null when it failed to parse.</summary>
public sealed record DeclaredArticle(string FilePath, string FileName, string Stem, string? Collection, string? Id);

/// <summary>An article that will be generated: its corpus class and member name.</summary>
public sealed record PlannedArticle(string FilePath, string FileName, string Id, string MemberName);

/// <summary>One corpus class and its articles, in file name order.</summary>
public sealed record CollectionPlan(string ClassName, EquatableArray<PlannedArticle> Articles);

/// <summary>
/// The whole corpus: which declared files become which members of which class. It depends on file names and ids
/// only, so editing an article's text leaves it equal and the other articles' outputs cached.
/// </summary>
public sealed class CorpusPlan : IEquatable<CorpusPlan>
{
    private readonly Dictionary<string, (CollectionPlan Collection, PlannedArticle Article)> _byPath;

    public CorpusPlan(CorpusOptions options, EquatableArray<CollectionPlan> collections, EquatableArray<DiagnosticInfo> diagnostics)
    {
        Options = options;
        Collections = collections;
        Diagnostics = diagnostics;
        _byPath = new(StringComparer.Ordinal);
        foreach (var collection in collections)
        {
            foreach (var article in collection.Articles)
            {
                _byPath[article.FilePath] = (collection, article);
            }
        }
    }

    public CorpusOptions Options { get; }

    public EquatableArray<CollectionPlan> Collections { get; }

    public EquatableArray<DiagnosticInfo> Diagnostics { get; }

    /// <summary>The class and member of the article at <paramref name="filePath"/>, if it is generated.</summary>
    public bool TryFind(string filePath, out string className, out string memberName)
    {
        if (_byPath.TryGetValue(filePath, out var found))
        {
            className = found.Collection.ClassName;
            memberName = found.Article.MemberName;
            return true;
        }

        className = memberName = "";
        return false;
    }

    public bool Equals(CorpusPlan? other) =>
        other is not null
        && Options.Equals(other.Options)
        && Collections.Equals(other.Collections)
        && Diagnostics.Equals(other.Diagnostics);

    public override bool Equals(object? obj) => Equals(obj as CorpusPlan);

    public override int GetHashCode() => Collections.GetHashCode();
}
