using System;
using System.Collections.Generic;
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

    /// <summary>The fingerprint of a class's articles: what its index must have been built for.</summary>
    public static ulong Fingerprint(CollectionPlan collection) =>
        SearchIndex.Fingerprint(collection.Articles.Select(article => article.FileName));

    /// <summary>
    /// The file of every class of <paramref name="plan"/>: each article's terms, in the class's order.
    /// <paramref name="textAt"/> gives the text of the article declared at a <see cref="PlannedArticle.Position"/>.
    /// </summary>
    /// <exception cref="OverflowException">A class's postings pass 2 GB.</exception>
    public static byte[] Write(CorpusPlan plan, Func<int, string> textAt)
    {
        var indexes = new List<(string, ulong, byte[])>();
        foreach (var collection in plan.Collections)
        {
            var terms = new IReadOnlyList<SearchTerm>[collection.Articles.Count];
            Parallel.For(0, terms.Length, i => terms[i] = SearchAnalyzer.Analyze(textAt(collection.Articles[i].Position)));
            indexes.Add((collection.ClassName, Fingerprint(collection), SearchIndex.Write(terms)));
        }

        return SearchIndex.WriteFile(indexes);
    }
}
