using System.Collections.Immutable;
using CorpusGen.Model;
using CorpusGen.Text;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Reading;

/// <summary>Which additional files are articles: those the <see cref="ArticleList"/> names. Other analyzers' .txt files are never read.</summary>
public static class ArticleFiles
{
    /// <summary>The file as an article of each collection it is declared with: no element when it is no article.</summary>
    public static ImmutableArray<ArticleFile> DeclaredIn(ArticleList articles, AdditionalText file, CorpusOptions options)
    {
        var declarations = articles.DeclarationsOf(ArticlePaths.Normalize(file.Path));
        if (declarations.Count == 0)
        {
            return ImmutableArray<ArticleFile>.Empty;
        }

        var declared = ImmutableArray.CreateBuilder<ArticleFile>(declarations.Count);
        foreach (var listed in declarations)
        {
            declared.Add(new ArticleFile(file, listed.Collection, declarations[0].Collection, options, listed.Paragraphs, listed.SourcePath));
        }

        return declared.MoveToImmutable();
    }
}
