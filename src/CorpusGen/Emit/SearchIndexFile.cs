using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CorpusGen.Model;
using CorpusGen.Search;

namespace CorpusGen.Emit;

/// <summary>The project's file of search indexes (<see cref="SearchIndex"/> lays it out), from the plan's classes.</summary>
public static class SearchIndexFile
{
    /// <summary>The resource the targets embed the file as, and the generated search reads.</summary>
    public const string ResourceName = "CorpusGen.search";

    private const int BatchSize = 512;

    /// <summary>The fingerprint of a class's articles: what its index must have been built for.</summary>
    public static ulong Fingerprint(CollectionPlan collection) =>
        SearchIndex.Fingerprint(collection.Articles.Select(article => article.FileName));

    /// <summary>
    /// The file of every class of <paramref name="plan"/>: each article's terms, in the class's order, and its
    /// title's in an index of their own. <paramref name="textAt"/> gives the content of the article declared at a
    /// <see cref="PlannedArticle.Position"/>, where its text lies in it, and its title.
    /// </summary>
    /// <param name="maxPostingsBytes">The most bytes of postings an index may hold; less than 2 GB only to test.</param>
    /// <exception cref="InvalidOperationException">A class's index cannot be built; the message says what to do.</exception>
    public static byte[] Write(CorpusPlan plan, Func<int, (string Content, TextRange Body, string? Title)> textAt, int maxPostingsBytes = int.MaxValue)
    {
        var indexes = new List<(string, ulong, byte[])>();
        foreach (var collection in plan.Collections)
        {
            // Analyzed a batch at a time, on every core, then added in order: a corpus's terms are never all held,
            // and the lists that hold a batch are those of the batch before.
            var writer = new SearchIndex.Writer();
            var titles = new SearchIndex.Writer();
            var batch = new List<SearchTerm>[BatchSize];
            var titleBatch = new List<SearchTerm>[BatchSize];
            for (var start = 0; start < collection.Articles.Count; start += BatchSize)
            {
                var count = Math.Min(BatchSize, collection.Articles.Count - start);
                Parallel.For(0, count, i =>
                {
                    var (content, body, title) = textAt(collection.Articles[start + i].Position);
                    var terms = batch[i] ??= [];
                    terms.Clear();
                    SearchAnalyzer.Analyze(content, body.Start, body.End, terms);
                    var titleTerms = titleBatch[i] ??= [];
                    titleTerms.Clear();
                    if (title is not null)
                    {
                        SearchAnalyzer.Analyze(title, 0, title.Length, titleTerms);
                    }
                });
                for (var i = 0; i < count; i++)
                {
                    writer.Add(batch[i]);
                    titles.Add(titleBatch[i]);
                }
            }

            try
            {
                indexes.Add((collection.ClassName, Fingerprint(collection), writer.ToArray(maxPostingsBytes)));
                indexes.Add((SearchIndex.TitlesOf(collection.ClassName), Fingerprint(collection), titles.ToArray(maxPostingsBytes)));
            }
            catch (OverflowException)
            {
                throw new InvalidOperationException(string.Format(
                    CultureInfo.InvariantCulture,
                    "The search index of {0} would hold more than {1:N0} bytes of postings, the most an index can: set CorpusGenSearch to false, or split its {2:N0} articles into smaller classes with the NewsArticle items' Collection metadata.",
                    collection.ClassName,
                    maxPostingsBytes,
                    collection.Articles.Count));
            }
        }

        return SearchIndex.WriteFile(indexes);
    }

}
