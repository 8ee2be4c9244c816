using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CorpusGen.Model;
using CorpusGen.Text;

namespace CorpusGen.Parsing;

/// <summary>
/// Where the sentences of an article body lie, in the manner of NLTK's sentence tokenizer, with fixed rules
/// instead of a trained model so that the result is the same on every machine:
/// <list type="number">
/// <item>A paragraph's end ends a sentence; no sentence crosses a paragraph boundary.</item>
/// <item>Inside a paragraph a sentence ends at a terminator, <c>.</c> <c>!</c> <c>?</c> <c>؟</c> (U+061F)
/// <c>۔</c> (U+06D4) or <c>…</c>, followed by white space. A run of terminators (<c>?!</c>, <c>...</c>) is one
/// terminator; closing quotes and brackets right after it (<c>" ' ” ’ » › ) ] }</c>, and the invisible direction
/// marks U+200E, U+200F, U+061C) belong to the sentence that ends: <c>He said "Yes." Then</c> gives
/// <c>He said "Yes."</c> and <c>Then</c>.</item>
/// <item>So a terminator with no white space after it ends nothing: numbers (<c>2.5</c>), the inner dots of
/// <c>U.S.</c>, <c>"Go!", he said</c>. The Arabic comma <c>،</c>, <c>,</c>, <c>;</c> and <c>:</c> are no
/// terminators.</item>
/// <item>A single <c>.</c> after an abbreviation ends nothing: after a single capital letter (an initial,
/// <c>J. K. Rowling</c>), after single letters joined by dots (<c>U.S.</c>, <c>e.g.</c>, <c>i.e.</c>, <c>أ.د.</c>),
/// and after <c>Mr Mrs Ms Dr Prof Sr Jr St Mt Gen Gov Sen Rep Rev Lt Col Capt Sgt Jan Feb Mar Apr Jun Jul Aug Sep
/// Sept Oct Nov Dec Inc Ltd Co Corp No vs</c> and the Arabic <c>د</c> (doctor), spelled with these letter cases:
/// <c>Mr. Smith</c>, <c>Dec. 3</c>, <c>Acme Inc. said</c> stay whole. Such a word is taken for an abbreviation
/// even where a sentence does end after it (<c>in the U.S. The</c>).</item>
/// <item>A terminator followed by a closing quote or bracket, or an ellipsis (<c>…</c>, or two <c>.</c> or
/// more), does not end the sentence when what follows the white space is a lower-case letter or a comma (<c>,</c>
/// <c>،</c>): the quote continues it, as in <c>"Why?" she asked.</c> or <c>and then… nothing</c>. Arabic has no letter case, so
/// <c>«هل انتهى؟» قال.</c> is two sentences.</item>
/// <item>Each sentence is trimmed of white space; the white space between two sentences belongs to neither.</item>
/// </list>
/// </summary>
public static class SentenceBoundaries
{
    // All but '…': IndexOfAny is vectorized for up to five characters, so the rarer '…' is looked for on its own.
    private static readonly char[] Terminators = ['.', '!', '?', '\u061F', '\u06D4'];

    // Only ever followed by a '.', and compared with the letter case written here.
    private static readonly string[] Abbreviations =
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Gen", "Gov", "Sen", "Rep", "Rev", "Lt", "Col", "Capt", "Sgt",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Inc", "Ltd", "Co", "Corp", "No", "vs", "\u062F",
    ];

    private const int LongestAbbreviation = 4;

    /// <summary>
    /// The sentences of the <paramref name="paragraphs"/> of the <paramref name="body"/> of <paramref name="text"/>,
    /// counted like the paragraphs from the body's start. Each paragraph's first sentence starts where the paragraph
    /// starts and its last ends where it ends; between two sentences of a paragraph there is only white space.
    /// </summary>
    [MethodImpl(Optimized.FromFirstCall)]
    public static EquatableArray<TextRange> Find(string text, TextRange body, EquatableArray<TextRange> paragraphs)
    {
        var sentences = t_sentences ??= [];
        sentences.Clear();
        foreach (var paragraph in paragraphs)
        {
            var end = body.Start + paragraph.End;
            var sentenceStart = body.Start + paragraph.Start;
            var at = sentenceStart;
            var ellipsis = text.IndexOf('\u2026', at, end - at);
            while (at < end)
            {
                var terminator = NextTerminator(text, at, end, ref ellipsis);
                if (terminator < 0)
                {
                    break;
                }

                var runEnd = terminator + 1;
                while (runEnd < end && IsTerminator(text[runEnd]))
                {
                    runEnd++;
                }

                var closed = runEnd;
                while (closed < end && IsCloser(text[closed]))
                {
                    closed++;
                }

                // At the paragraph's end the sentence ends anyway; with no white space after it nothing ends.
                if (closed < end && UnicodeText.IsWhiteSpace(text[closed]) && Ends(text, sentenceStart, terminator, runEnd, closed))
                {
                    sentences.Add(new TextRange(sentenceStart - body.Start, closed - sentenceStart));
                    sentenceStart = UnicodeText.SkipWhiteSpace(text, closed);
                }

                at = closed;
            }

            sentences.Add(new TextRange(sentenceStart - body.Start, end - sentenceStart));
        }

        return sentences.ToEquatableArray();
    }

    // Reused by each parse on the thread, as the paragraphs' list is.
    [System.ThreadStatic]
    private static List<TextRange>? t_sentences;

    /// <summary>The first terminator from <paramref name="at"/>, given the first '…' at or after a place before it.</summary>
    private static int NextTerminator(string text, int at, int end, ref int ellipsis)
    {
        if (ellipsis >= 0 && ellipsis < at)
        {
            ellipsis = text.IndexOf('\u2026', at, end - at);
        }

        var other = text.IndexOfAny(Terminators, at, end - at);
        return other < 0 || (ellipsis >= 0 && ellipsis < other) ? ellipsis : other;
    }

    /// <summary>Whether the terminator run from <paramref name="terminator"/> to <paramref name="runEnd"/>, closed at
    /// <paramref name="closed"/> and followed by white space, ends the sentence started at <paramref name="sentenceStart"/>.</summary>
    private static bool Ends(string text, int sentenceStart, int terminator, int runEnd, int closed)
    {
        var ellipsis = text[terminator] == '\u2026' || (runEnd - terminator > 1 && text[terminator] == '.' && text[terminator + 1] is '.' or '\u2026');
        if (closed > runEnd || ellipsis)
        {
            var next = UnicodeText.SkipWhiteSpace(text, closed);
            return !char.IsLower(text, next) && text[next] is not (',' or '\u060C');
        }

        return runEnd - terminator > 1 || text[terminator] != '.' || !FollowsAbbreviation(text, sentenceStart, terminator);
    }

    /// <summary>Whether the word before the <c>.</c> at <paramref name="dot"/> is an initial or an abbreviation.</summary>
    private static bool FollowsAbbreviation(string text, int sentenceStart, int dot)
    {
        var start = dot;
        while (start > sentenceStart && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var length = dot - start;
        if (length == 0)
        {
            return false;
        }

        if (length == 1 && char.IsUpper(text[start]))
        {
            return true;
        }

        if (IsLettersJoinedByDots(text, start, length))
        {
            return true;
        }

        if (length > LongestAbbreviation)
        {
            return false;
        }

        foreach (var abbreviation in Abbreviations)
        {
            if (abbreviation.Length == length && string.CompareOrdinal(text, start, abbreviation, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // U.S, e.g, أ.د: a letter, then a dot and a letter, once or more.
    private static bool IsLettersJoinedByDots(string text, int start, int length)
    {
        if (length < 3 || length % 2 == 0)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if ((i % 2 == 0) != char.IsLetter(text[start + i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u061F' or '\u06D4' or '\u2026';

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or ')' or ']' or '}'
        or '\u200E' or '\u200F' or '\u061C';
}
