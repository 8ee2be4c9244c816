using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusGen.Diagnostics;
using CorpusGen.Model;

namespace CorpusGen.Planning;

/// <summary>
/// Groups the declared articles into corpus classes, orders them by file name, rejects duplicate ids and gives
/// every article a unique member name.
/// </summary>
public static class CorpusPlanner
{
    // Members and nested classes every corpus class has or inherits, and the generated types.
    private static readonly string[] ReservedMembers =
        [.. GeneratedNames.CorpusClassMembers, .. GeneratedNames.SharedTypes, "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize"];

    /// <summary>
    /// Past this many article members the project hears how to do without them: a default build then takes 1.7 to 2
    /// times as long as one that embeds the same files alone, and the members are about half of the difference
    /// (BENCHMARKS.md).
    /// </summary>
    public const int ManyArticleMembers = 15_000;

    /// <summary>
    /// What the plan reads of the compiled articles, in the order they were collected, and the problems of all of
    /// them: both usually stay equal after an edit, and the steps after them cached.
    /// </summary>
    public static Result<EquatableArray<DeclaredArticle>> Declarations(IReadOnlyList<Result<CompiledArticle>> articles)
    {
        var declarations = new DeclaredArticle[articles.Count];
        var diagnostics = new List<DiagnosticInfo>();
        HashSet<DiagnosticInfo>? reported = null;
        for (var i = 0; i < declarations.Length; i++)
        {
            declarations[i] = articles[i].Value.Declaration;

            // A file declared in two collections is parsed for each, and has one set of problems to report.
            foreach (var diagnostic in articles[i].Diagnostics)
            {
                if ((reported ??= []).Add(diagnostic))
                {
                    diagnostics.Add(diagnostic);
                }
            }
        }

        return Result.With(new EquatableArray<DeclaredArticle>(declarations), diagnostics);
    }

    /// <param name="declared">The declared articles; an article's index here is its <see cref="PlannedArticle.Position"/>.</param>
    public static Result<CorpusPlan> Plan(IReadOnlyList<DeclaredArticle> declared, CorpusOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var collections = new List<CollectionPlan>();
        foreach (var group in GroupByCollection(declared, options, diagnostics))
        {
            collections.Add(PlanCollection(group.Key, group.Value, options.WritesMembers, diagnostics));
        }

        var members = options.WritesMembers ? collections.Sum(collection => collection.Articles.Count) : 0;
        if (members > ManyArticleMembers)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.ManyArticleMembers,
                null,
                members.ToString("N0", CultureInfo.InvariantCulture),
                ManyArticleMembers.ToString("N0", CultureInfo.InvariantCulture)));
        }

        // A file declared in two classes is named and checked in each, and has one set of problems to report.
        return Result.With(new CorpusPlan(options, collections.ToEquatableArray()), diagnostics.Distinct());
    }

    private static SortedDictionary<string, List<(DeclaredArticle Article, int Position)>> GroupByCollection(
        IReadOnlyList<DeclaredArticle> declared, CorpusOptions options, List<DiagnosticInfo> diagnostics)
    {
        var groups = new SortedDictionary<string, List<(DeclaredArticle, int)>>(StringComparer.Ordinal);
        var spellings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [options.ClassName] = options.ClassName };
        for (var position = 0; position < declared.Count; position++)
        {
            var article = declared[position];
            var className = article.Collection ?? options.ClassName;

            // Generated file names are compared ignoring case: two classes must differ by more than that.
            if (spellings.TryGetValue(className, out var spelling) && spelling != className)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InvalidOption,
                    SourcePosition.FileStart(article.FilePath),
                    "Collection metadata of " + article.FileName,
                    className,
                    "it differs only in letter case from the class '" + spelling + "'; the article goes to '" + spelling + "'"));
                className = spelling;
            }

            if (!Identifiers.IsValidClassName(className))
            {
                // The articles still appear, in the default class, so nothing is lost while the error stands.
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InvalidOption,
                    SourcePosition.FileStart(article.FilePath),
                    "Collection metadata of " + article.FileName,
                    className,
                    Identifiers.ClassNameRule + "; the article goes to '" + options.ClassName + "'"));
                className = options.ClassName;
            }

            spellings[className] = className;
            if (!groups.TryGetValue(className, out var members))
            {
                groups.Add(className, members = []);
            }

            members.Add((article, position));
        }

        return groups;
    }

    /// <param name="namesMembers">Articles become members, so a name that differs from the file's is worth a word.</param>
    private static CollectionPlan PlanCollection(string className, List<(DeclaredArticle Article, int Position)> declared, bool namesMembers, List<DiagnosticInfo> diagnostics)
    {
        declared.Sort((left, right) => CompareByFileName(left.Article, right.Article));

        var reserved = new HashSet<string>(ReservedMembers, StringComparer.Ordinal) { className };
        var taken = new HashSet<string>(reserved, StringComparer.Ordinal);
        var owners = new Dictionary<string, DeclaredArticle>(StringComparer.Ordinal);
        var nameHolders = new Dictionary<string, string>(StringComparer.Ordinal);
        var seenPaths = new HashSet<string>(StringComparer.Ordinal);
        var planned = new List<PlannedArticle>();
        foreach (var (article, position) in declared)
        {
            // A file declared with two Collection values that lead to one class (one of them invalid, or cased
            // differently) is one article there.
            if (article.Id is null || !seenPaths.Add(article.FilePath))
            {
                continue;
            }

            if (owners.TryGetValue(article.Id, out var owner))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, SourcePosition.FileStart(article.FilePath), article.FileName, article.Id, owner.FilePath));
                continue;
            }

            owners.Add(article.Id, article);
            var (name, reason) = MemberNames.FromStem(article.Stem, reserved);
            if (!taken.Add(name))
            {
                // Two articles a reader cannot tell apart by name: a warning, where a name adjusted to be legal is info.
                var wanted = name;
                name = MemberNames.Numbered(name, taken);
                if (namesMembers)
                {
                    var holder = nameHolders.TryGetValue(wanted, out var fileName) ? fileName : wanted;
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MemberNameCollision, SourcePosition.FileStart(article.FilePath), article.FileName, name, holder, wanted));
                }
            }
            else if (reason is not null && namesMembers)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RenamedMember, SourcePosition.FileStart(article.FilePath), article.FileName, name, reason));
            }

            nameHolders.Add(name, article.FileName);

            planned.Add(new PlannedArticle(article.FilePath, article.FileName, article.Id, name, position));
        }

        return new CollectionPlan(className, planned.ToEquatableArray(), PlanShards(planned));
    }

    /// <summary>Puts each article into its shard, at the row its member name's rank there gives it.</summary>
    private static EquatableArray<ShardPlan> PlanShards(List<PlannedArticle> planned)
    {
        var shards = new List<PlannedArticle>[ArticleShards.Count];
        for (var shard = 0; shard < shards.Length; shard++)
        {
            shards[shard] = [];
        }

        foreach (var article in planned)
        {
            shards[ArticleShards.ShardOf(article.MemberName)].Add(article);
        }

        return shards
            .Select(members => members.OrderBy(article => article.MemberName, ArticleShards.MemberOrder).ToList())
            .Select(members => new ShardPlan(
                members.Select(article => article.MemberName).ToEquatableArray(),
                members.Select(article => article.Position).ToEquatableArray()))
            .ToEquatableArray();
    }

    // File name first, so the order is the same whatever folders hold the files and however paths are spelled.
    private static int CompareByFileName(DeclaredArticle left, DeclaredArticle right)
    {
        var byName = string.CompareOrdinal(left.FileName, right.FileName);
        return byName != 0
            ? byName
            : string.CompareOrdinal(left.FilePath.Replace('\\', '/'), right.FilePath.Replace('\\', '/'));
    }
}
