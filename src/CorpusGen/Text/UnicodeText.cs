using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using CorpusGen.Model;

namespace CorpusGen.Text;

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

    /// <summary>
    /// <paramref name="text"/> with A to Z in lower case and nothing else changed: for ASCII codes such as language
    /// tags, where a culture's or Unicode's case mapping would take the Kelvin sign for a k.
    /// </summary>
    public static string AsciiLowerCase(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= 'A' and <= 'Z')
            {
                chars[i] = (char)(chars[i] + ('a' - 'A'));
            }
        }

        return new string(chars);
    }

    public static int SkipWhiteSpace(string text, int start)
    {
        while (start < text.Length && IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start;
    }

    /// <summary>Letters and decimal digits of the Basic Multilingual Plane.</summary>
    public static bool IsLetterOrDigit(char c) =>
        c < '\u0080' ? IsAsciiLetter(c) || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    /// <summary>The script of a letter, or <see cref="ArticleScript.Unknown"/> for any other character.</summary>
    public static ArticleScript ScriptOfLetter(char c) => c < '\u0080'
        ? IsAsciiLetter(c) ? ArticleScript.Latin : ArticleScript.Unknown
        : char.IsLetter(c) ? ScriptOf(c) : ArticleScript.Unknown;

    /// <summary>The script of a letter outside the Basic Multilingual Plane: the CJK ideograph planes are Han.</summary>
    public static ArticleScript ScriptOfLetter(string text, int highSurrogate) =>
        char.ConvertToUtf32(text[highSurrogate], text[highSurrogate + 1]) is >= 0x20000 and <= 0x3134F ? ArticleScript.Han
            : char.IsLetter(text, highSurrogate) ? ArticleScript.Other
            : ArticleScript.Unknown;

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary><paramref name="text"/> with each surrogate that is not half of a pair replaced by U+FFFD, as UTF-8 stores it.</summary>
    public static string ReplaceLoneSurrogates(string text)
    {
        char[]? replaced = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                (replaced ??= text.ToCharArray())[i] = '\uFFFD';
            }
        }

        return replaced is null ? text : new string(replaced);
    }

    /// <summary>
    /// <paramref name="text"/> made safe to show on one line: line breaks and controls become spaces, runs of white
    /// space one space, and characters that are invisible or reorder the text around them (bidi controls, zero-width
    /// marks, BOM) are removed, so what is shown is what is there.
    /// </summary>
    public static string ToDisplay(string text) => ToDisplay(text, 0, text.Length, int.MaxValue);

    /// <summary>
    /// The display form of <paramref name="count"/> characters of <paramref name="text"/> from
    /// <paramref name="start"/>, cut after <paramref name="maxLength"/> characters: a prefix of the whole display
    /// form, so a preview reads only as much of a long text as it shows.
    /// </summary>
    public static string ToDisplay(string text, int start, int count, int maxLength)
    {
        var display = new char[Math.Min(count, maxLength)];
        return new string(display, 0, ToDisplay(text, start, count, display, display.Length));
    }

    /// <summary>
    /// Writes the first <paramref name="maxLength"/> characters of that display form into <paramref name="display"/>
    /// and returns how many it wrote.
    /// </summary>
    [MethodImpl(Optimized.FromFirstCall)]
    public static int ToDisplay(string text, int start, int count, char[] display, int maxLength)
    {
        var classes = CharClasses.Table;
        var limit = Math.Min(display.Length, maxLength);
        var length = 0;
        var spacePending = false;
        for (var i = start; i < start + count && length < limit; i++)
        {
            var c = text[i];
            var found = classes[c];
            if ((found & (CharClasses.WhiteSpace | CharClasses.Hidden)) != 0)
            {
                // White space and controls become one space between words; invisible characters vanish.
                spacePending |= length > 0 && ((found & CharClasses.WhiteSpace) != 0 || char.IsControl(c));
                continue;
            }

            if (spacePending)
            {
                // A space is shown only once a character follows it, so the text never ends in one.
                display[length++] = ' ';
                spacePending = false;
                if (length == limit)
                {
                    break;
                }
            }

            display[length++] = c;
        }

        return length;
    }

    /// <summary>Characters that change how text around them is shown, or are not shown at all.</summary>
    public static bool IsInvisibleOrControl(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse
            || c is '\uFFFE' or '\uFFFF';
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
