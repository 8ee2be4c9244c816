namespace CorpusGen.Search;

/// <summary>Where a query's terms lie in a text, and a short passage around the best of them to show.</summary>
internal static class SearchSnippet
{
    /// <summary>The most characters a snippet shows, ellipses aside.</summary>
    public const int MaxLength = 200;

    // How far before its first match a snippet starts, and how far after a match others count as near it.
    private const int Lead = 60;
    private const int Reach = 120;

    /// <summary>Each token of <paramref name="text"/> whose term is one of <paramref name="terms"/>, in text order.</summary>
    public static global::System.Collections.Generic.List<SearchTerm> Matches(string text, global::System.Collections.Generic.HashSet<string> terms)
    {
        var matches = SearchAnalyzer.Analyze(text);
        matches.RemoveAll(term => !terms.Contains(term.Text));
        return matches;
    }

    /// <summary>
    /// The passage around the match with the most other distinct terms near it (the first of equals), in display form:
    /// white space and controls shown as one space, invisible and bidi characters left out, an ellipsis where the text
    /// goes on. Returns it and where each match it shows lies in it.
    /// </summary>
    public static (string Text, int[] Starts, int[] Lengths) Snippet(string text, global::System.Collections.Generic.List<SearchTerm> matches)
    {
        var (best, bestNear) = (0, -1);
        for (var i = 0; i < matches.Count; i++)
        {
            var near = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);
            for (var j = i; j < matches.Count && matches[j].Start < matches[i].Start + Reach; j++)
            {
                near.Add(matches[j].Text);
            }

            if (near.Count > bestNear)
            {
                (best, bestNear) = (i, near.Count);
            }
        }

        var from = matches.Count == 0 ? 0 : global::System.Math.Max(0, matches[best].Start - Lead);
        while (from > 0 && from < text.Length && !IsSpace(text[from - 1]))
        {
            from++;
        }

        var display = new global::System.Text.StringBuilder(MaxLength + 2);
        var starts = new global::System.Collections.Generic.List<int>();
        var lengths = new global::System.Collections.Generic.List<int>();
        if (from > 0)
        {
            display.Append('\u2026');
        }

        var (at, match, spacePending, shown) = (from, 0, false, 0);
        var (matchStart, betweenWords) = (-1, false);
        while (match < matches.Count && matches[match].Start < from)
        {
            match++;
        }

        for (; at < text.Length && shown < MaxLength; at++)
        {
            if (match < matches.Count && at == matches[match].End && matchStart >= 0)
            {
                starts.Add(matchStart);
                lengths.Add(display.Length - matchStart);
                (matchStart, match) = (-1, match + 1);
            }

            var c = text[at];
            if (IsSpace(c) || IsHidden(c))
            {
                spacePending |= display.Length > 0 && (IsSpace(c) || char.IsControl(c));
                continue;
            }

            if (spacePending && display.Length > 0)
            {
                if (shown + 1 >= MaxLength)
                {
                    betweenWords = true;
                    break;
                }

                display.Append(' ');
                shown++;
                spacePending = false;
            }

            if (match < matches.Count && at == matches[match].Start)
            {
                matchStart = display.Length;
            }

            display.Append(c);
            shown++;
        }

        if (matchStart >= 0 && match < matches.Count && at >= matches[match].End)
        {
            starts.Add(matchStart);
            lengths.Add(display.Length - matchStart);
        }

        if (at < text.Length && !IsRestBlank(text, at))
        {
            // End at the end of a word, not in the word the limit cut, unless that would drop a match.
            var lastSpace = display.ToString().LastIndexOf(' ');
            var shownMatchesEnd = starts.Count == 0 ? 0 : starts[starts.Count - 1] + lengths[lengths.Count - 1];
            if (!betweenWords && !IsSpace(text[at]) && !IsHidden(text[at]) && lastSpace > shownMatchesEnd)
            {
                display.Length = lastSpace;
            }

            display.Append('\u2026');
        }

        return (display.ToString(), starts.ToArray(), lengths.ToArray());
    }

    private static bool IsRestBlank(string text, int at)
    {
        for (; at < text.Length; at++)
        {
            if (!IsSpace(text[at]) && !IsHidden(text[at]))
            {
                return false;
            }
        }

        return true;
    }

    // Unicode's White_Space, as the generator counts words: not char.IsWhiteSpace, whose tables differ between runtimes.
    private static bool IsSpace(char c) =>
        c is (>= '\u0009' and <= '\u000D') or '\u0020' or '\u0085' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or (>= '\u2028' and <= '\u2029') or '\u202F' or '\u205F' or '\u3000';

    // Characters that are not shown or change how the text around them is shown: controls, bidi and zero-width marks.
    private static bool IsHidden(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return category is global::System.Globalization.UnicodeCategory.Control or global::System.Globalization.UnicodeCategory.Format
            or global::System.Globalization.UnicodeCategory.LineSeparator or global::System.Globalization.UnicodeCategory.ParagraphSeparator
            or global::System.Globalization.UnicodeCategory.PrivateUse
            || c is '\uFFFE' or '\uFFFF';
    }
}
