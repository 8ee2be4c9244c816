using System.Collections.Immutable;
using System.Text;
using System.Threading;
using CorpusGen.Diagnostics;
using CorpusGen.Model;
using CorpusGen.Parsing;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Reading;

/// <summary>
/// An additional file declared as a <c>NewsArticle</c> item: one the <see cref="ArticleList"/> names. Other
/// additional files (other analyzers' .txt files) are never read. It carries the project's options, which say
/// how to emit it.
/// </summary>
/// <param name="Collection">The Collection it is declared with, or null for none.</param>
/// <param name="ResourceCollection">The collection the targets embed the file under: the first it is declared with.</param>
public sealed record ArticleFile(AdditionalText File, string? Collection, string? ResourceCollection, CorpusOptions Options)
{
    /// <summary>The file as an article of each collection it is declared with: no element when it is no article.</summary>
    public static ImmutableArray<ArticleFile> Select(AdditionalText file, ArticleList articles, CorpusOptions options)
    {
        var collections = articles.CollectionsOf(file.Path);
        if (collections.Count == 0)
        {
            return ImmutableArray<ArticleFile>.Empty;
        }

        var declared = ImmutableArray.CreateBuilder<ArticleFile>(collections.Count);
        foreach (var collection in collections)
        {
            declared.Add(new ArticleFile(file, collection, collections[0], options));
        }

        return declared.MoveToImmutable();
    }

    public ArticleParseResult Read(CancellationToken cancellationToken)
    {
        var text = File.GetText(cancellationToken);
        if (text is null)
        {
            var fileName = ArticleFileName.FromPath(File.Path).FileName;
            var unreadable = DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableFile, SourcePosition.FileStart(File.Path), fileName);
            return new ArticleParseResult(File.Path, Collection, null, new EquatableArray<DiagnosticInfo>([unreadable]));
        }

        var result = ArticleParser.Parse(File.Path, Collection, text.ToString(), text.Encoding is UTF8Encoding, Options.ProjectDirectory);
        return text.Encoding is null or UTF8Encoding or UnicodeEncoding or UTF32Encoding || result.Article is null
            ? result
            : result with { Diagnostics = Append(result.Diagnostics, NotUtf8(result.Article, text.Encoding)) };
    }

    // A file with a UTF-16 or UTF-32 BOM is read exactly; any other encoding is the compiler's fallback for a file
    // that is not UTF-8, and the text may be mojibake.
    private static DiagnosticInfo NotUtf8(ArticleSpec article, Encoding encoding) =>
        DiagnosticInfo.Create(
            DiagnosticDescriptors.UndecodableText,
            SourcePosition.FileStart(article.FilePath),
            article.FileName,
            $"is not valid UTF-8 and was read as {encoding.WebName}: save it as UTF-8 (a file in Arabic is likely windows-1256 or ISO-8859-6: convert it, for example with 'iconv -f WINDOWS-1256 -t UTF-8')");

    private static EquatableArray<DiagnosticInfo> Append(EquatableArray<DiagnosticInfo> diagnostics, DiagnosticInfo diagnostic)
    {
        var all = new DiagnosticInfo[diagnostics.Count + 1];
        for (var i = 0; i < diagnostics.Count; i++)
        {
            all[i] = diagnostics[i];
        }

        all[diagnostics.Count] = diagnostic;
        return new EquatableArray<DiagnosticInfo>(all);
    }
}
