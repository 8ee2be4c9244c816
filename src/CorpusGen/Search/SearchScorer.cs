namespace CorpusGen.Search;

/// <summary>
/// Runs a <see cref="SearchQuery"/> over a <see cref="SearchIndex"/> and ranks the hits by BM25 as Lucene's
/// BM25Similarity does (k1 = 1.2, b = 0.75): a term adds idf × tf × (k1 + 1) / (tf + k1 × (1 − b + b × length /
/// average length)), with idf = ln(1 + (N − df + 0.5) / (df + 0.5)); a phrase counts as a term whose idf is the sum
/// of its terms' and whose tf is how often the phrase occurs. Equal scores rank by article order. An article's length
/// is rounded as Lucene stores it, in one byte (<see cref="SearchIndex.EncodeLength"/>). With a second index, of the
/// articles' titles, a clause matches an article in either field and scores the sum of both, the title's
/// <see cref="TitleBoost"/> times, as Lucene scores a query of two fields with a boost on one: each field has its own
/// statistics, the average length over every article.
/// </summary>
internal static class SearchScorer
{
    public const float K1 = 1.2f;
    public const float B = 0.75f;

    /// <summary>How much more a word of the title weighs than one of the body.</summary>
    public const float TitleBoost = 2f;

    /// <summary>The best <paramref name="top"/> articles for the query, best first, and how many match in all.</summary>
    public static (int[] Articles, float[] Scores, int Total) Search(SearchIndex index, SearchQuery query, int top) =>
        Search(index, null, query, top);

    /// <summary>
    /// The best <paramref name="top"/> articles for the query over their text, <paramref name="index"/>, and their
    /// titles, <paramref name="titles"/>, best first, and how many match in all.
    /// </summary>
    [global::System.Runtime.CompilerServices.MethodImpl(SearchIndex.OptimizedFromFirstCall)]
    public static (int[] Articles, float[] Scores, int Total) Search(SearchIndex index, SearchIndex? titles, SearchQuery query, int top)
    {
        var empty = (global::System.Array.Empty<int>(), global::System.Array.Empty<float>(), 0);
        if (index.ArticleCount == 0 || query.Clauses.Count == 0)
        {
            return empty;
        }

        var articleCount = index.ArticleCount;
        var seen = t_accumulator is { } kept && kept.Capacity >= articleCount ? kept : t_accumulator = new Accumulator(articleCount);
        seen.Start();

        var (mustCount, anyWanted) = (0, false);
        var fields = titles is null || titles.ArticleCount != articleCount ? 1 : 2;
        var (scores, mustMatched, shouldMatched, excluded, lastClause) = (seen.Scores, seen.MustMatched, seen.ShouldMatched, seen.Excluded, seen.LastClause);
        for (var c = 0; c < query.Clauses.Count; c++)
        {
            var clause = query.Clauses[c];
            mustCount += clause.Occur == SearchQuery.Occur.Must ? 1 : 0;
            anyWanted |= clause.Occur != SearchQuery.Occur.MustNot;
            for (var field = 0; field < fields; field++)
            {
                var (fieldIndex, boost) = field == 0 ? (index, 1f) : (titles!, TitleBoost);
                var reader = fieldIndex.ThreadReader;
                var lengthParts = reader.LengthParts ??= LengthParts(fieldIndex, reader);
                var (articles, frequencies, count, idf) = Match(reader, clause, articleCount, seen);
                if (clause.Occur == SearchQuery.Occur.MustNot)
                {
                    for (var i = 0; i < count; i++)
                    {
                        seen.Touch(articles[i]);
                        excluded[articles[i]] = true;
                    }

                    continue;
                }

                var must = clause.Occur == SearchQuery.Occur.Must;
                var weight = boost * idf;
                for (var i = 0; i < count; i++)
                {
                    var article = articles[i];
                    seen.Touch(article);
                    var tf = (float)frequencies[i];
                    scores[article] += weight * (tf * (K1 + 1) / (tf + lengthParts[article]));

                    // A clause counts once an article, in whichever field it matches.
                    if (must && lastClause[article] != c + 1)
                    {
                        mustMatched[article]++;
                    }

                    lastClause[article] = c + 1;
                    shouldMatched[article] |= !must;
                }
            }
        }

        if (!anyWanted)
        {
            return empty;
        }

        var ranked = new TopArticles(top < articleCount ? top : articleCount);
        var total = 0;
        for (var i = 0; i < seen.TouchedCount; i++)
        {
            var article = seen.Touched[i];
            var hit = !seen.Excluded[article] && seen.MustMatched[article] == mustCount && (mustCount > 0 || seen.ShouldMatched[article]);
            if (hit)
            {
                total++;
                ranked.Add(article, seen.Scores[article]);
            }
        }

        var (best, bestScores) = ranked.Sorted();
        return (best, bestScores, total);
    }

    private static int[] Fit(int[] buffer, int length) => buffer.Length >= length ? buffer : new int[global::System.Math.Max(length, buffer.Length * 2)];

    // Each thread's sums of one search at a time, kept for the next: only the articles a search touches are reset.
    [global::System.ThreadStatic]
    private static Accumulator? t_accumulator;

    // For each article, the length part of BM25's denominator, k1 × (1 − b + b × length / average length), from its
    // length as Lucene keeps it: worked out once a thread's reader.
    [global::System.Runtime.CompilerServices.MethodImpl(SearchIndex.OptimizedFromFirstCall)]
    private static float[] LengthParts(SearchIndex index, SearchIndex.Reader reader)
    {
        var averageLength = index.TotalLength == 0 ? 1f : (float)((double)index.TotalLength / index.ArticleCount);
        var byByte = new float[256];
        for (var i = 0; i < byByte.Length; i++)
        {
            byByte[i] = K1 * ((1 - B) + (B * SearchIndex.DecodeLength((byte)i) / averageLength));
        }

        var lengths = reader.Lengths();
        var parts = new float[index.ArticleCount];
        for (var article = 0; article < parts.Length; article++)
        {
            parts[article] = byByte[lengths[article]];
        }

        return parts;
    }

    public static float Idf(int articleCount, int articleFrequency) =>
        (float)global::System.Math.Log(1 + ((articleCount - articleFrequency + 0.5) / (articleFrequency + 0.5)));

    // The articles a clause matches, in article order, with its frequency in each, and its idf.
    private static (int[] Articles, int[] Frequencies, int Count, float Idf) Match(SearchIndex.Reader reader, SearchQuery.Clause clause, int articleCount, Accumulator buffers)
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
        var (articles, frequencies) = (buffers.Articles, buffers.Frequencies);
        first.ReadArticles(articles, frequencies);
        if (postings.Length == 1)
        {
            return (articles, frequencies, first.ArticleCount, idf);
        }

        // A phrase: the articles of its first term where every other term stands at its offset. The lists are
        // walked together in article order, and only the articles all terms hold have their positions decoded.
        var others = new (int[] Articles, int[] Frequencies, SearchIndex.PositionReader Positions)[postings.Length];
        for (var i = 1; i < postings.Length; i++)
        {
            var (termArticles, termFrequencies) = (new int[postings[i].ArticleCount], new int[postings[i].ArticleCount]);
            postings[i].ReadArticles(termArticles, termFrequencies);
            others[i] = (termArticles, termFrequencies, postings[i].ReadPositions());
        }

        var firstPositions = first.ReadPositions();
        var cursors = new int[postings.Length];
        var counts = new int[postings.Length];
        var seek = new int[postings.Length];
        var decoded = new int[postings.Length][];
        for (var i = 0; i < decoded.Length; i++)
        {
            decoded[i] = new int[16];
        }

        var count = 0;
        for (var a = 0; a < first.ArticleCount; a++)
        {
            var (article, frequency) = (articles[a], frequencies[a]);
            var inAll = true;
            for (var i = 1; i < others.Length && inAll; i++)
            {
                ref var cursor = ref cursors[i];
                while (cursor < others[i].Articles.Length && others[i].Articles[cursor] < article)
                {
                    others[i].Positions.Skip(others[i].Frequencies[cursor++]);
                }

                inAll = cursor < others[i].Articles.Length && others[i].Articles[cursor] == article;
            }

            if (!inAll)
            {
                firstPositions.Skip(frequency);
                continue;
            }

            firstPositions.Read(frequency, decoded[0] = Fit(decoded[0], frequency));
            for (var i = 1; i < others.Length; i++)
            {
                counts[i] = others[i].Frequencies[cursors[i]++];
                others[i].Positions.Read(counts[i], decoded[i] = Fit(decoded[i], counts[i]));
            }

            // Both sides ascend, so each term's positions are walked once, as in a merge.
            var occurrences = 0;
            global::System.Array.Clear(seek, 0, seek.Length);
            for (var p = 0; p < frequency; p++)
            {
                var whole = true;
                for (var i = 1; i < others.Length && whole; i++)
                {
                    var wanted = decoded[0][p] + clause.Offsets[i];
                    while (seek[i] < counts[i] && decoded[i][seek[i]] < wanted)
                    {
                        seek[i]++;
                    }

                    whole = seek[i] < counts[i] && decoded[i][seek[i]] == wanted;
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

    // A search's sums per article, and which articles it touched: an article is reset when a search first touches it.
    private sealed class Accumulator
    {
        private readonly int[] _search;
        private int _current;

        public Accumulator(int capacity)
        {
            Capacity = capacity;
            _search = new int[capacity];
            Scores = new float[capacity];
            MustMatched = new int[capacity];
            ShouldMatched = new bool[capacity];
            Excluded = new bool[capacity];
            LastClause = new int[capacity];
            Articles = new int[capacity];
            Frequencies = new int[capacity];
            Touched = new int[capacity];
        }

        public int Capacity { get; }

        public float[] Scores { get; }

        public int[] MustMatched { get; }

        public bool[] ShouldMatched { get; }

        public bool[] Excluded { get; }

        /// <summary>The last clause, counted from 1, that matched the article in any field.</summary>
        public int[] LastClause { get; }

        /// <summary>Where a clause's articles and frequencies are read, one clause at a time.</summary>
        public int[] Articles { get; }

        public int[] Frequencies { get; }

        /// <summary>The articles this search has touched, in the order it touched them: the first <see cref="TouchedCount"/>.</summary>
        public int[] Touched { get; }

        public int TouchedCount { get; private set; }

        public void Start()
        {
            TouchedCount = 0;
            if (++_current == int.MaxValue)
            {
                global::System.Array.Clear(_search, 0, _search.Length);
                _current = 1;
            }
        }

        public void Touch(int article)
        {
            if (_search[article] != _current)
            {
                _search[article] = _current;
                Scores[article] = 0;
                MustMatched[article] = 0;
                ShouldMatched[article] = false;
                Excluded[article] = false;
                LastClause[article] = 0;
                Touched[TouchedCount++] = article;
            }
        }
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
