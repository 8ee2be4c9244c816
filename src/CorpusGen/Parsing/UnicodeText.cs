using System.Globalization;
using System.Runtime.CompilerServices;
using CorpusGen.Model;

namespace CorpusGen.Parsing;

/// <summary>
/// Character classes the parser relies on. White space is a fixed list (Unicode's White_Space property) rather
/// than <see cref="char.IsWhiteSpace(char)"/>, whose tables differ between the runtimes that host the compiler.
/// </summary>
public static class UnicodeText
{
    public static bool IsWhiteSpace(char c) => c switch
    {
        >= '\u0009' and <= '\u000D' => true,
        ' ' or '\u0085' or '\u00A0' or '\u1680' => true,
        >= '\u2000' and <= '\u200A' => true,
        '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        _ => false,
    };

    public static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The length of <paramref name="text"/> without its trailing white space.</summary>
    public static int TrimmedEnd(string text, int start, int end)
    {
        while (end > start && IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    public static int SkipWhiteSpace(string text, int start)
    {
        while (start < text.Length && IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start;
    }

    /// <summary>Letters and decimal digits, astral ones (a surrogate pair) included.</summary>
    public static bool IsLetterOrDigitAt(string text, int index)
    {
        // ASCII and the Arabic letters U+0621 to U+064A, the common cases, without the Unicode tables.
        var c = text[index];
        return c < '\u0080'
            ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9
            : c is >= '\u0621' and <= '\u064A' || char.IsLetterOrDigit(text, index);
    }

    /// <summary>Unicode scalar values: a surrogate pair counts once.</summary>
    [MethodImpl(Optimized.FromFirstCall)]
    public static int CountScalars(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    /// <summary>The index of the first surrogate that is not half of a pair, or -1.</summary>
    [MethodImpl(Optimized.FromFirstCall)]
    public static int IndexOfLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// <paramref name="text"/> made safe to show on one line: line breaks and controls become spaces, runs of white
    /// space one space, and characters that are invisible or reorder the text around them (bidi controls, zero-width
    /// marks, BOM) are removed, so what is shown is what is there.
    /// </summary>
    public static string ToDisplay(string text)
    {
        var display = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (IsWhiteSpace(c) || char.IsControl(c))
            {
                if (display.Length > 0 && display[display.Length - 1] != ' ')
                {
                    display.Append(' ');
                }
            }
            else if (!IsInvisibleOrControl(c))
            {
                display.Append(c);
            }
        }

        return display.ToString().Trim(' ');
    }

    /// <summary>Characters that change how text around them is shown, or are not shown at all.</summary>
    public static bool IsInvisibleOrControl(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse
            || c is '\uFFFE' or '\uFFFF';
    }

    /// <summary>The script most of the letters of <paramref name="text"/> are written in.</summary>
    [MethodImpl(Optimized.FromFirstCall)]
    public static ArticleScript DominantScript(string text)
    {
        var counts = new int[(int)ArticleScript.Other + 1];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];

            // The common cases first, answered without the Unicode tables: ASCII, whose letters are A-Z and a-z,
            // and the Arabic letters U+0621 to U+064A, all of them letters.
            if (c < '\u0080')
            {
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                {
                    counts[(int)ArticleScript.Latin]++;
                }

                continue;
            }

            if (c is >= '\u0621' and <= '\u064A')
            {
                counts[(int)ArticleScript.Arabic]++;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                i++;
                if (codePoint is >= 0x20000 and <= 0x3134F)
                {
                    counts[(int)ArticleScript.Han]++;
                }
                else if (char.IsLetter(text, i - 1))
                {
                    counts[(int)ArticleScript.Other]++;
                }

                continue;
            }

            if (char.IsLetter(c))
            {
                counts[(int)ScriptOf(c)]++;
            }
        }

        var best = ArticleScript.Unknown;
        for (var script = ArticleScript.Latin; script <= ArticleScript.Other; script++)
        {
            if (counts[(int)script] > counts[(int)best])
            {
                best = script;
            }
        }

        return best;
    }

    private static ArticleScript ScriptOf(char c) => c switch
    {
        <= '\u024F' or (>= '\u1E00' and <= '\u1EFF') => ArticleScript.Latin,
        (>= '\u0370' and <= '\u03FF') or (>= '\u1F00' and <= '\u1FFF') => ArticleScript.Greek,
        >= '\u0400' and <= '\u052F' => ArticleScript.Cyrillic,
        (>= '\u0590' and <= '\u05FF') or (>= '\uFB1D' and <= '\uFB4F') => ArticleScript.Hebrew,
        (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
            or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF') => ArticleScript.Arabic,
        >= '\u0900' and <= '\u097F' => ArticleScript.Devanagari,
        >= '\u0E00' and <= '\u0E7F' => ArticleScript.Thai,
        (>= '\u3040' and <= '\u30FF') or (>= '\u31F0' and <= '\u31FF') => ArticleScript.Kana,
        (>= '\u1100' and <= '\u11FF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\u3130' and <= '\u318F') => ArticleScript.Hangul,
        (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') => ArticleScript.Han,
        _ => ArticleScript.Other,
    };
}
