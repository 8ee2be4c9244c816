using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CorpusGen.Diagnostics;
using CorpusGen.Model;
using CorpusGen.Parsing;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Reading;

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

    public static readonly ArticleList Empty = new([]);

    private readonly string[] _lines;

    // Each listed path's collections, in list order, each once.
    private readonly Dictionary<string, string?[]> _collections;

    private ArticleList(string[] lines)
    {
        _lines = lines;
        _collections = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        var firstSpellings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var line in lines)
        {
            var tab = line.LastIndexOf('\t');
            var (path, value) = tab < 0 ? (line, "") : (line.Substring(0, tab), line.Substring(tab + 1));
            if (path.Length == 0)
            {
                continue;
            }

            var normalized = Normalize(path);
            var collection = value.Length == 0 ? null : value;
            if (_collections.TryGetValue(normalized, out var collections))
            {
                if (Array.IndexOf(collections, collection) < 0)
                {
                    _collections[normalized] = [.. collections, collection];
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
                _collections.Add(normalized, [collection]);
            }
        }

        Diagnostics = diagnostics.ToEquatableArray();
    }

    /// <summary>What is wrong with the list as a whole: paths that differ only in letter case.</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics { get; }

    public static bool IsArticleList(string path) =>
        path.EndsWith(FileName, StringComparison.OrdinalIgnoreCase)
        && (path.Length == FileName.Length || path[path.Length - FileName.Length - 1] is '/' or '\\');

    public static ArticleList Read(AdditionalText file, CancellationToken cancellationToken) =>
        file.GetText(cancellationToken) is { } text ? Parse(text.ToString()) : Empty;

    public static ArticleList Parse(string content) =>
        new(content.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A project has one list; should two ever reach the compiler, their articles are all articles.</summary>
    public static ArticleList Merge(IReadOnlyList<ArticleList> lists) => lists.Count switch
    {
        0 => Empty,
        1 => lists[0],
        _ => new ArticleList(lists.SelectMany(list => list._lines).ToArray()),
    };

    /// <summary>
    /// The collections the file at <paramref name="path"/> is listed with, in list order, each once: the first is the
    /// one the targets embed it under. Empty when the file is no article.
    /// </summary>
    public IReadOnlyList<string?> CollectionsOf(string path) =>
        _collections.TryGetValue(Normalize(path), out var collections) ? collections : [];

    // The compiler and MSBuild may spell one path differently: separators, '.' and '..' segments. And a path with
    // a lone surrogate comes back from the UTF-8 list with U+FFFD in its place.
    private static string Normalize(string path)
    {
        var forward = UnicodeText.ReplaceLoneSurrogates(path.Replace('\\', '/'));
        if (forward.IndexOf("/.", StringComparison.Ordinal) < 0)
        {
            return forward;
        }

        var segments = new List<string>();
        foreach (var segment in forward.Split('/'))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 1)
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return string.Join("/", segments);
    }

    public bool Equals(ArticleList? other) =>
        other is not null && (ReferenceEquals(_lines, other._lines) || _lines.SequenceEqual(other._lines, StringComparer.Ordinal));

    public override bool Equals(object? obj) => Equals(obj as ArticleList);

    public override int GetHashCode() => _lines.Length;
}
