namespace CorpusGen.Search;

/// <summary>
/// Runs a <see cref="SearchQuery"/> over a <see cref="SearchIndex"/> and ranks the hits by BM25 as Lucene's
/// BM25Similarity does (k1 = 1.2, b = 0.75): a term adds idf × tf × (k1 + 1) / (tf + k1 × (1 − b + b × length /
/// average length)), with idf = ln(1 + (N − df + 0.5) / (df + 0.5)); a phrase counts as a term whose idf is the sum
/// of its terms' and whose tf is how often the phrase occurs. Equal scores rank by article order. An article's length
/// is rounded as Lucene stores it, in one byte.
/// </summary>
internal static class SearchScorer
{
    public const float K1 = 1.2f;
    public const float B = 0.75f;

    /// <summary>The best <paramref name="top"/> articles for the query, best first, and how many match in all.</summary>
    public static (int[] Articles, float[] Scores, int Total) Search(SearchIndex index, SearchQuery query, int top)
    {
        var empty = (global::System.Array.Empty<int>(), global::System.Array.Empty<float>(), 0);
        if (index.ArticleCount == 0 || query.Clauses.Count == 0)
        {
            return empty;
        }

        var articleCount = index.ArticleCount;
        var averageLength = (float)((double)index.TotalLength / articleCount);
        var scores = new float[articleCount];
        var shouldMatched = new bool[articleCount];
        var mustMatched = new int[articleCount];
        var excluded = new bool[articleCount];
        var (mustCount, anyWanted) = (0, false);
        using (var reader = index.OpenReader())
        {
            foreach (var clause in query.Clauses)
            {
                mustCount += clause.Occur == SearchQuery.Occur.Must ? 1 : 0;
                anyWanted |= clause.Occur != SearchQuery.Occur.MustNot;
                var (articles, frequencies, count, idf) = Match(reader, clause, articleCount);
                for (var i = 0; i < count; i++)
                {
                    var article = articles[i];
                    if (clause.Occur == SearchQuery.Occur.MustNot)
                    {
                        excluded[article] = true;
                        continue;
                    }

                    var tf = (float)frequencies[i];
                    var norm = K1 * ((1 - B) + (B * LengthAsLuceneStoresIt(reader.LengthOf(article)) / averageLength));
                    scores[article] += idf * (tf * (K1 + 1) / (tf + norm));
                    if (clause.Occur == SearchQuery.Occur.Must)
                    {
                        mustMatched[article]++;
                    }
                    else
                    {
                        shouldMatched[article] = true;
                    }
                }
            }
        }

        if (!anyWanted)
        {
            return empty;
        }

        var ranked = new TopArticles(top < articleCount ? top : articleCount);
        var total = 0;
        for (var article = 0; article < articleCount; article++)
        {
            var hit = !excluded[article] && mustMatched[article] == mustCount && (mustCount > 0 || shouldMatched[article]);
            if (hit)
            {
                total++;
                ranked.Add(article, scores[article]);
            }
        }

        var (best, bestScores) = ranked.Sorted();
        return (best, bestScores, total);
    }

    /// <summary>
    /// An article's length as Lucene's BM25Similarity sees it: 1 / sqrt(length) kept in one byte (SmallFloat's
    /// 3-bit mantissa and 5-bit exponent), then decoded as 1 / f². Lengths 1 and 4 stay exact; 2 reads as 2.56, 3 as
    /// 4, 100 as 113.78.
    /// </summary>
    public static float LengthAsLuceneStoresIt(int length)
    {
        var bits = global::System.BitConverter.ToInt32(global::System.BitConverter.GetBytes(1 / (float)global::System.Math.Sqrt(length)), 0);
        var small = bits >> 21;
        var encoded = small <= (63 - 15) << 3 ? (bits <= 0 ? 0 : 1) : small >= ((63 - 15) << 3) + 0x100 ? 255 : small - ((63 - 15) << 3);
        if (encoded == 0)
        {
            encoded = 255;
        }

        var decoded = global::System.BitConverter.ToSingle(global::System.BitConverter.GetBytes((encoded << 21) + ((63 - 15) << 24)), 0);
        return 1 / (decoded * decoded);
    }

    public static float Idf(int articleCount, int articleFrequency) =>
        (float)global::System.Math.Log(1 + ((articleCount - articleFrequency + 0.5) / (articleFrequency + 0.5)));

    // The articles a clause matches, in article order, with its frequency in each, and its idf.
    private static (int[] Articles, int[] Frequencies, int Count, float Idf) Match(SearchIndex.Reader reader, SearchQuery.Clause clause, int articleCount)
    {
        var none = (global::System.Array.Empty<int>(), global::System.Array.Empty<int>(), 0, 0f);
        var postings = new SearchIndex.Postings[clause.Terms.Length];
        var idf = 0f;
        for (var i = 0; i < postings.Length; i++)
        {
            if (reader.Find(clause.Terms[i]) is not { } found)
            {
                return none;
            }

            postings[i] = found;
            idf += Idf(articleCount, found.ArticleCount);
        }

        var first = postings[0];
        var articles = new int[first.ArticleCount];
        var frequencies = new int[first.ArticleCount];
        first.ReadArticles(articles, frequencies);
        if (postings.Length == 1)
        {
            return (articles, frequencies, articles.Length, idf);
        }

        // A phrase: the articles of its first term where every other term stands at its offset.
        var lists = new (int[] Articles, int[][] Positions)[postings.Length];
        for (var i = 0; i < postings.Length; i++)
        {
            var termArticles = new int[postings[i].ArticleCount];
            var termFrequencies = new int[postings[i].ArticleCount];
            postings[i].ReadArticles(termArticles, termFrequencies);
            lists[i] = (termArticles, postings[i].ReadPositions(termFrequencies));
        }

        var cursors = new int[postings.Length];
        var count = 0;
        for (var a = 0; a < lists[0].Articles.Length; a++)
        {
            var article = lists[0].Articles[a];
            var inAll = true;
            for (var i = 1; i < lists.Length && inAll; i++)
            {
                while (cursors[i] < lists[i].Articles.Length && lists[i].Articles[cursors[i]] < article)
                {
                    cursors[i]++;
                }

                inAll = cursors[i] < lists[i].Articles.Length && lists[i].Articles[cursors[i]] == article;
            }

            if (!inAll)
            {
                continue;
            }

            var occurrences = 0;
            foreach (var start in lists[0].Positions[a])
            {
                var whole = true;
                for (var i = 1; i < lists.Length && whole; i++)
                {
                    whole = global::System.Array.BinarySearch(lists[i].Positions[cursors[i]], start + clause.Offsets[i]) >= 0;
                }

                occurrences += whole ? 1 : 0;
            }

            if (occurrences > 0)
            {
                articles[count] = article;
                frequencies[count] = occurrences;
                count++;
            }
        }

        return (articles, frequencies, count, idf);
    }

    // The best articles seen so far, in a heap whose root is the worst of them.
    private sealed class TopArticles
    {
        private readonly int[] _articles;
        private readonly float[] _scores;
        private int _count;

        public TopArticles(int capacity)
        {
            _articles = new int[capacity];
            _scores = new float[capacity];
        }

        public void Add(int article, float score)
        {
            if (_count < _articles.Length)
            {
                _articles[_count] = article;
                _scores[_count] = score;
                Up(_count++);
            }
            else if (_count > 0 && Better(article, score, _articles[0], _scores[0]))
            {
                _articles[0] = article;
                _scores[0] = score;
                Down(0);
            }
        }

        public (int[] Articles, float[] Scores) Sorted()
        {
            var articles = new int[_count];
            var scores = new float[_count];
            for (var i = _count - 1; i >= 0; i--)
            {
                articles[i] = _articles[0];
                scores[i] = _scores[0];
                _count--;
                _articles[0] = _articles[_count];
                _scores[0] = _scores[_count];
                Down(0);
            }

            return (articles, scores);
        }

        // Higher scores first; of equal scores, the earlier article.
        private static bool Better(int article, float score, int otherArticle, float otherScore) =>
            score > otherScore || (score == otherScore && article < otherArticle);

        private bool Worse(int i, int j) => Better(_articles[j], _scores[j], _articles[i], _scores[i]);

        private void Up(int i)
        {
            while (i > 0 && Worse(i, (i - 1) / 2))
            {
                Swap(i, (i - 1) / 2);
                i = (i - 1) / 2;
            }
        }

        private void Down(int i)
        {
            while (true)
            {
                var (left, right, worst) = ((2 * i) + 1, (2 * i) + 2, i);
                if (left < _count && Worse(left, worst))
                {
                    worst = left;
                }

                if (right < _count && Worse(right, worst))
                {
                    worst = right;
                }

                if (worst == i)
                {
                    return;
                }

                Swap(i, worst);
                i = worst;
            }
        }

        private void Swap(int i, int j)
        {
            (_articles[i], _articles[j]) = (_articles[j], _articles[i]);
            (_scores[i], _scores[j]) = (_scores[j], _scores[i]);
        }
    }
}
