using System.Collections.Generic;
using CorpusGen.Diagnostics;
using CorpusGen.Emit;
using CorpusGen.Model;
using CorpusGen.Parsing;

namespace CorpusGen.Planning;

/// <summary>One declared article file as the planner sees it; <see cref="Id"/> is null when it failed to parse.</summary>
public sealed record DeclaredArticle(string FilePath, string FileName, string Stem, string? Collection, string? Id)
{
    public static DeclaredArticle Of(string filePath, string? collection, string? id)
    {
        var name = ArticleFileName.FromPath(filePath);
        return new DeclaredArticle(filePath, name.FileName, name.Stem, collection, id);
    }
}

/// <summary>The declared articles, in the order they were collected, and the diagnostics of all of them.</summary>
public sealed record DeclaredCorpus(EquatableArray<DeclaredArticle> Articles, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static DeclaredCorpus Of(IReadOnlyList<EmittedArticle> articles)
    {
        var declarations = new DeclaredArticle[articles.Count];
        var diagnostics = new List<DiagnosticInfo>();
        HashSet<DiagnosticInfo>? reported = null;
        for (var i = 0; i < declarations.Length; i++)
        {
            declarations[i] = articles[i].Declaration;

            // A file declared in two collections is parsed for each, and has one set of problems to report.
            foreach (var diagnostic in articles[i].Diagnostics)
            {
                if ((reported ??= []).Add(diagnostic))
                {
                    diagnostics.Add(diagnostic);
                }
            }
        }

        return new DeclaredCorpus(new EquatableArray<DeclaredArticle>(declarations), diagnostics.ToEquatableArray());
    }
}

/// <summary>An article that will be generated: its member name and its place among the declared articles.</summary>
public sealed record PlannedArticle(string FilePath, string FileName, string Id, string MemberName, int Position);

/// <summary>
/// The articles of one shard file, in row order (<see cref="ArticleShards.MemberOrder"/>): their member names and
/// their places among the declared articles, so a shard's content is gathered without a lookup.
/// </summary>
public sealed record ShardPlan(EquatableArray<string> MemberNames, EquatableArray<int> Positions);

/// <summary>One corpus class: its articles in file name order, and its <see cref="ArticleShards.Count"/> shards.</summary>
public sealed record CollectionPlan(string ClassName, EquatableArray<PlannedArticle> Articles, EquatableArray<ShardPlan> Shards);

/// <summary>
/// The whole corpus: which declared files become which members of which class. It depends on the declarations
/// only (file names, ids, and the order the files come in), so editing an article's text leaves it equal and the
/// other articles' outputs cached.
/// </summary>
public sealed record CorpusPlan(CorpusOptions Options, EquatableArray<CollectionPlan> Collections, EquatableArray<DiagnosticInfo> Diagnostics);
