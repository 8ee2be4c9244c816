using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CorpusGen.Diagnostics;
using CorpusGen.Model;
using CorpusGen.Text;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Reading;

/// <summary>Reads the list of articles the package's targets write (<see cref="ArticleList"/>).</summary>
public static class ArticleListReader
{
    public static bool IsArticleList(string path) =>
        path.EndsWith(ArticleList.FileName, StringComparison.OrdinalIgnoreCase)
        && (path.Length == ArticleList.FileName.Length || path[path.Length - ArticleList.FileName.Length - 1] is '/' or '\\');

    public static Result<ArticleList> Read(AdditionalText file, CancellationToken cancellationToken) =>
        file.GetText(cancellationToken) is { } text ? Parse(text.ToString()) : Result.Clean(ArticleList.Empty);

    public static Result<ArticleList> Parse(string content) =>
        FromLines(content.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A project has one list; should two ever reach the compiler, their articles are all articles.</summary>
    public static Result<ArticleList> Merge(IReadOnlyList<Result<ArticleList>> lists) => lists.Count switch
    {
        0 => Result.Clean(ArticleList.Empty),
        1 => lists[0],
        _ => FromLines(lists.SelectMany(list => list.Value.Lines).ToArray()),
    };

    private static Result<ArticleList> FromLines(string[] lines)
    {
        var declarations = new Dictionary<string, ListedArticle[]>(StringComparer.Ordinal);
        var firstSpellings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var line in lines)
        {
            // A path holds no tab (the targets stop the build on one), nor does a Collection.
            var fields = line.Split('\t');
            var path = fields[0];
            if (path.Length == 0)
            {
                continue;
            }

            var normalized = ArticlePaths.Normalize(path);
            var article = new ListedArticle(Field(fields, 1), Field(fields, 2), Field(fields, 3));
            if (declarations.TryGetValue(normalized, out var listed))
            {
                if (Array.FindIndex(listed, other => other.Collection == article.Collection) < 0)
                {
                    declarations[normalized] = [.. listed, article];
                }
            }
            else if (firstSpellings.TryGetValue(normalized, out var firstSpelling))
            {
                // MSBuild takes the paths for one file and passes the compiler the first only.
                if (reported.Add(normalized))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PathsDifferInCaseOnly, SourcePosition.FileStart(path), ArticleFileName.FromPath(path).FileName, firstSpelling));
                }
            }
            else
            {
                firstSpellings.Add(normalized, path);
                declarations.Add(normalized, [article]);
            }
        }

        return Result.With(new ArticleList(lines, declarations), diagnostics);

        static string? Field(string[] fields, int index) =>
            index < fields.Length && fields[index].Trim() is { Length: > 0 } value ? value : null;
    }
}
