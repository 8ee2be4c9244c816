using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CorpusGen.Model;

namespace CorpusGen.Parsing;

/// <summary>Paragraphs and word counts of an article body.</summary>
public static class TextMetrics
{
    /// <summary>
    /// Runs of non-blank lines, each trimmed. Lines end at CRLF, CR or LF; a blank line holds only white space.
    /// </summary>
    [MethodImpl(Optimized.FromFirstCall)]
    public static EquatableArray<TextRange> Paragraphs(string text)
    {
        var paragraphs = new List<TextRange>();
        var paragraphStart = -1;
        var paragraphEnd = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = lineStart;
            while (lineEnd < text.Length && text[lineEnd] != '\r' && text[lineEnd] != '\n')
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
                if (paragraphStart < 0)
                {
                    paragraphStart = lineStart;
                }

                paragraphEnd = lineEnd;
            }

            if (lineEnd >= text.Length)
            {
                break;
            }

            lineStart = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        }

        AddParagraph(text, paragraphs, paragraphStart, paragraphEnd);
        return paragraphs.ToEquatableArray();
    }

    /// <summary>White-space separated tokens that hold at least one letter or digit.</summary>
    [MethodImpl(Optimized.FromFirstCall)]
    public static int CountWords(string text)
    {
        var words = 0;
        var inToken = false;
        var tokenHasLetter = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (UnicodeText.IsWhiteSpace(text[i]))
            {
                if (inToken && tokenHasLetter)
                {
                    words++;
                }

                inToken = false;
                tokenHasLetter = false;
                continue;
            }

            inToken = true;
            if (!tokenHasLetter && UnicodeText.IsLetterOrDigitAt(text, i))
            {
                tokenHasLetter = true;
            }
        }

        return inToken && tokenHasLetter ? words + 1 : words;
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
