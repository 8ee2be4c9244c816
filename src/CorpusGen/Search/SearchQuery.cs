namespace CorpusGen.Search;

/// <summary>
/// A parsed query. Words are separated by white space; an article that holds any of them is a hit. A word or a
/// <c>"quoted phrase"</c> may start with <c>+</c> (every hit holds it) or <c>-</c> (no hit holds it). A phrase holds
/// its terms in that order, next to each other, as are the terms of one word that analysis cuts into several
/// (<c>e-mail</c>). Every word goes through <see cref="SearchAnalyzer"/>: a word that leaves no term (a stop word,
/// punctuation) asks for nothing. A quote left open closes at the end. Past <see cref="MaxTerms"/> terms the rest
/// of the query is ignored, so that any query costs a bounded time.
/// </summary>
internal sealed class SearchQuery
{
    public const int MaxTerms = 1024;

    private SearchQuery(global::System.Collections.Generic.List<Clause> clauses) => Clauses = clauses;

    public enum Occur
    {
        Should,
        Must,
        MustNot,
    }

    public global::System.Collections.Generic.IReadOnlyList<Clause> Clauses { get; }

    /// <summary>The distinct terms the query asks for, not those it excludes: what a hit's matches show.</summary>
    public global::System.Collections.Generic.HashSet<string> WantedTerms()
    {
        var terms = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);
        foreach (var clause in Clauses)
        {
            if (clause.Occur != Occur.MustNot)
            {
                terms.UnionWith(clause.Terms);
            }
        }

        return terms;
    }

    public static SearchQuery Parse(string query)
    {
        var clauses = new global::System.Collections.Generic.List<Clause>();
        var (at, termCount) = (0, 0);
        while (at < query.Length && termCount < MaxTerms)
        {
            var c = query[at];
            if (char.IsWhiteSpace(c))
            {
                at++;
                continue;
            }

            var occur = c == '+' ? Occur.Must : c == '-' ? Occur.MustNot : Occur.Should;
            if (occur != Occur.Should)
            {
                at++;
            }

            int start, end;
            if (at < query.Length && query[at] == '"')
            {
                start = at + 1;
                end = query.IndexOf('"', start);
                end = end < 0 ? query.Length : end;
                at = end + 1;
            }
            else
            {
                start = at;
                while (at < query.Length && !char.IsWhiteSpace(query[at]) && query[at] != '"')
                {
                    at++;
                }

                end = at;
            }

            var terms = SearchAnalyzer.Analyze(query.Substring(start, end - start));
            if (terms.Count > MaxTerms - termCount)
            {
                terms.RemoveRange(MaxTerms - termCount, terms.Count - (MaxTerms - termCount));
            }

            if (terms.Count > 0)
            {
                clauses.Add(new Clause(terms, occur));
                termCount += terms.Count;
            }
        }

        return new SearchQuery(clauses);
    }

    /// <summary>One term, or a phrase: terms whose positions in a hit are those they have in the query.</summary>
    internal sealed class Clause
    {
        internal Clause(global::System.Collections.Generic.List<SearchTerm> terms, Occur occur)
        {
            Occur = occur;
            Terms = new string[terms.Count];
            Offsets = new int[terms.Count];
            for (var i = 0; i < terms.Count; i++)
            {
                Terms[i] = terms[i].Text;
                Offsets[i] = terms[i].Position - terms[0].Position;
            }
        }

        public Occur Occur { get; }

        public string[] Terms { get; }

        /// <summary>Each term's position after the first's: a stop word between two terms leaves a gap.</summary>
        public int[] Offsets { get; }
    }
}
