namespace CorpusGen.Search;

/// <summary>A term of an analyzed text: what the index holds and a query asks for, and where its token lies.</summary>
internal readonly struct SearchTerm
{
    public SearchTerm(string text, int position, int start, int end)
    {
        Text = text;
        Position = position;
        Start = start;
        End = end;
    }

    /// <summary>The term: the token normalized, stemmed and lower-cased.</summary>
    public string Text { get; }

    /// <summary>The token's place among the text's tokens, counting the stop words that leave no term.</summary>
    public int Position { get; }

    /// <summary>Where the token starts in the analyzed text.</summary>
    public int Start { get; }

    /// <summary>Where the token ends in the analyzed text (exclusive).</summary>
    public int End { get; }
}
