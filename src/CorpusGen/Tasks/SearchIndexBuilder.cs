using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CorpusGen.Emit;
using CorpusGen.Model;
using CorpusGen.Parsing;
using CorpusGen.Planning;
using CorpusGen.Reading;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tasks;

/// <summary>
/// The search indexes' pipeline, beside the generator's: it reads, parses (the header alone) and plans the articles
/// with the generator's own code, so each index holds the articles of its class in the order the class lists them; the
/// generated search checks that by the <see cref="Search.SearchIndex.Fingerprint"/> of their file names.
/// </summary>
public static class SearchIndexBuilder
{
    /// <summary>
    /// The file of indexes of the articles among <paramref name="files"/> that <paramref name="articleList"/> (the
    /// list the targets write) declares: each file read and parsed as the generator does, for each collection it is
    /// declared in, and planned into classes as the generator plans them.
    /// </summary>
    /// <exception cref="InvalidOperationException">A class's index cannot be built; the message says what to do.</exception>
    /// <param name="maxPostingsBytes">The most bytes of postings an index may hold; less than 2 GB only to test.</param>
    public static byte[] Build(IReadOnlyList<AdditionalText> files, string articleList, CorpusOptions options, int maxPostingsBytes = int.MaxValue)
    {
        var list = ArticleListReader.Parse(articleList).Value;
        var parsed = new (DeclaredArticle Declaration, (string Content, TextRange Body, string? Title)? Text)[files.Count][];
        Parallel.For(0, files.Count, i => parsed[i] = ArticleFiles.DeclaredIn(list, files[i], options)
            .Select(article => ArticleParser.ParseText(ArticleReader.Read(article, CancellationToken.None).Value))
            .ToArray());
        var articles = parsed.SelectMany(declared => declared).ToList();
        var plan = CorpusPlanner.Plan(articles.Select(article => article.Declaration).ToList(), options).Value;
        return SearchIndexFile.Write(plan, position => articles[position].Text ?? ("", default, null), maxPostingsBytes);
    }
}
