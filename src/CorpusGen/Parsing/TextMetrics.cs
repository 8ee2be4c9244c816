using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CorpusGen.Model;
using CorpusGen.Text;

namespace CorpusGen.Parsing;

/// <summary>What one pass over an article body counts.</summary>
/// <param name="FirstLoneSurrogate">The index of the first surrogate that is not half of a pair, or -1.</param>
/// <param name="NonWordTokens">The white-space separated tokens that hold no letter or digit, by their index among
/// all tokens: what a word count leaves out.</param>
public readonly record struct TextMeasures(int WordCount, int CharacterCount, ArticleScript Script, int FirstLoneSurrogate, EquatableArray<int> NonWordTokens);

/// <summary>Paragraphs and counts of an article body.</summary>
public static class TextMetrics
{
    /// <summary>
    /// The paragraphs of the <paramref name="body"/> of <paramref name="text"/>, counted from the body's start: runs
    /// of non-blank lines, each trimmed, cut further as <paramref name="style"/> says (at an indented line, at every
    /// line). Lines end at CRLF, CR or LF; a blank line holds only white space.
    /// </summary>
    [MethodImpl(Optimized.FromFirstCall)]
    public static EquatableArray<TextRange> Paragraphs(string text, TextRange body, ParagraphStyle style = ParagraphStyle.BlankLines)
    {
        var paragraphs = t_paragraphs ??= [];
        paragraphs.Clear();
        var paragraphStart = -1;
        var paragraphEnd = 0;
        var lineStart = body.Start;
        while (lineStart <= body.End)
        {
            var lineEnd = lineStart;
            while (lineEnd < body.End && text[lineEnd] != '\r' && text[lineEnd] != '\n')
            {
                lineEnd++;
            }

            if (UnicodeText.IsBlank(text, lineStart, lineEnd))
            {
                AddParagraph(text, paragraphs, paragraphStart, paragraphEnd);
                paragraphStart = -1;
            }
            else
            {
                if (paragraphStart >= 0 && (style == ParagraphStyle.Lines || (style == ParagraphStyle.Indented && UnicodeText.IsWhiteSpace(text[lineStart]))))
                {
                    AddParagraph(text, paragraphs, paragraphStart, paragraphEnd);
                    paragraphStart = -1;
                }

                if (paragraphStart < 0)
                {
                    paragraphStart = lineStart;
                }

                paragraphEnd = lineEnd;
            }

            if (lineEnd >= body.End)
            {
                break;
            }

            lineStart = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < body.End && text[lineEnd + 1] == '\n' ? 2 : 1);
        }

        AddParagraph(text, paragraphs, paragraphStart, paragraphEnd);
        var found = new TextRange[paragraphs.Count];
        for (var i = 0; i < found.Length; i++)
        {
            found[i] = new TextRange(paragraphs[i].Start - body.Start, paragraphs[i].Length);
        }

        return new EquatableArray<TextRange>(found);
    }

    // Reused by each parse on the thread: a list grown per article is most of what paragraph splitting allocates.
    [ThreadStatic]
    private static List<TextRange>? t_paragraphs;

    /// <summary>
    /// Counts words, characters and the letters of each script in one pass. A word is a white-space separated token
    /// that holds at least one letter or digit; a character is a Unicode scalar value (a surrogate pair counts once);
    /// the script is the one most letters are written in. Only the <paramref name="body"/> of
    /// <paramref name="text"/> is read, and a surrogate's index counts from its start. The tokens that are no word
    /// are listed, so that the words can be cut from the text at run time without asking which characters are
    /// letters.
    /// </summary>
    [MethodImpl(Optimized.FromFirstCall)]
    public static TextMeasures Measure(string text, TextRange body)
    {
        var classes = CharClasses.Table;
        var letters = new int[(int)ArticleScript.Other + 1];
        var (arabic, latin) = (0, 0);
        var (words, pairs, firstLoneSurrogate) = (0, 0, -1);
        var tokens = 0;
        var inToken = false;
        var tokenHasLetter = false;
        for (var i = body.Start; i < body.End; i++)
        {
            var found = classes[text[i]];
            if ((found & CharClasses.WhiteSpace) != 0)
            {
                if (tokenHasLetter)
                {
                    words++;
                }

                // Counted without a branch, so the loop is as fast as without it: where tokens and words differ,
                // a second pass lists the tokens that are no word.
                tokens += inToken ? 1 : 0;
                inToken = false;
                tokenHasLetter = false;
                continue;
            }

            inToken = true;
            if ((found & CharClasses.Surrogate) != 0)
            {
                if (char.IsHighSurrogate(text, i) && i + 1 < body.End && char.IsLowSurrogate(text, i + 1))
                {
                    tokenHasLetter |= char.IsLetterOrDigit(text, i);
                    letters[(int)UnicodeText.ScriptOfLetter(text, i)]++;
                    pairs++;
                    i++;
                }
                else if (firstLoneSurrogate < 0)
                {
                    firstLoneSurrogate = i - body.Start;
                }

                continue;
            }

            tokenHasLetter |= (found & CharClasses.LetterOrDigit) != 0;

            // Locals for the two scripts most text is in: an array slot bumped for every letter is a chain of
            // dependent stores.
            switch ((ArticleScript)(found & CharClasses.ScriptMask))
            {
                case ArticleScript.Unknown:
                    break;
                case ArticleScript.Arabic:
                    arabic++;
                    break;
                case ArticleScript.Latin:
                    latin++;
                    break;
                case var script:
                    letters[(int)script]++;
                    break;
            }
        }

        tokens += inToken ? 1 : 0;
        words += inToken && tokenHasLetter ? 1 : 0;
        var nonWords = tokens - words;
        letters[(int)ArticleScript.Arabic] += arabic;
        letters[(int)ArticleScript.Latin] += latin;
        var nonWordTokens = nonWords == 0 ? EquatableArray<int>.Empty : NonWordTokens(text, body, nonWords);
        return new TextMeasures(words, body.Length - pairs, MostUsed(letters), firstLoneSurrogate, nonWordTokens);
    }

    /// <summary>
    /// Where the <paramref name="count"/> tokens that hold no letter or digit are, by their index among all tokens:
    /// a second pass, only for the articles that have any, which keeps the first pass's loop as it was; it stops at
    /// the last of them, often the dash of a dateline.
    /// </summary>
    private static EquatableArray<int> NonWordTokens(string text, TextRange body, int count)
    {
        var classes = CharClasses.Table;
        var found = new int[count];
        var (listed, token, inToken, tokenHasLetter) = (0, 0, false, false);
        for (var i = body.Start; i <= body.End && listed < count; i++)
        {
            if (i == body.End || (classes[text[i]] & CharClasses.WhiteSpace) != 0)
            {
                if (inToken)
                {
                    if (!tokenHasLetter)
                    {
                        found[listed++] = token;
                    }

                    token++;
                }

                (inToken, tokenHasLetter) = (false, false);
                continue;
            }

            inToken = true;
            if ((classes[text[i]] & CharClasses.Surrogate) != 0)
            {
                if (char.IsHighSurrogate(text, i) && i + 1 < body.End && char.IsLowSurrogate(text, i + 1))
                {
                    tokenHasLetter |= char.IsLetterOrDigit(text, i);
                    i++;
                }

                continue;
            }

            tokenHasLetter |= (classes[text[i]] & CharClasses.LetterOrDigit) != 0;
        }

        return new EquatableArray<int>(found);
    }

    private static ArticleScript MostUsed(int[] letters)
    {
        var (best, most) = (ArticleScript.Unknown, 0);
        for (var script = ArticleScript.Latin; script <= ArticleScript.Other; script++)
        {
            if (letters[(int)script] > most)
            {
                (best, most) = (script, letters[(int)script]);
            }
        }

        return best;
    }

    private static void AddParagraph(string text, List<TextRange> paragraphs, int start, int end)
    {
        if (start < 0)
        {
            return;
        }

        start = UnicodeText.SkipWhiteSpace(text, start);
        end = UnicodeText.TrimmedEnd(text, start, end);
        paragraphs.Add(new TextRange(start, end - start));
    }
}
