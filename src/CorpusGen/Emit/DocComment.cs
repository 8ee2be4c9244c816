using System;
using System.Text;
using CorpusGen.Text;

namespace CorpusGen.Emit;

/// <summary>
/// Text for XML doc comments. Every piece goes through <see cref="UnicodeText.ToDisplay"/> first, so no line
/// break can end the comment and no bidi control can make the card read differently from the text; then XML's
/// special characters are escaped.
/// </summary>
public static class DocComment
{
    /// <summary>How much of the lead an article's card shows.</summary>
    public const int LeadPreviewLength = 200;

    // Every card is built in this one buffer, so the display form of its pieces costs no allocation of its own.
    [ThreadStatic]
    private static char[]? t_display;

    public static string Text(string text)
    {
        var display = DisplayBuffer(text.Length);
        return Escape(display, UnicodeText.ToDisplay(text, 0, text.Length, display, text.Length));
    }

    /// <summary>
    /// The start of <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="start"/>,
    /// cut at a word boundary near <paramref name="length"/>.
    /// </summary>
    public static string Preview(string text, int start, int count, int length)
    {
        // One more character than is shown tells whether there is more; the last place holds the ellipsis.
        var display = DisplayBuffer(length + 1);
        var shown = UnicodeText.ToDisplay(text, start, count, display, length + 1);
        if (shown <= length)
        {
            return Escape(display, shown);
        }

        var cut = Array.LastIndexOf(display, ' ', length);
        if (cut < length * 3 / 4)
        {
            cut = char.IsLowSurrogate(display[length]) ? length - 1 : length;
        }

        while (cut > 0 && display[cut - 1] == ' ')
        {
            cut--;
        }

        display[cut] = '…';
        return Escape(display, cut + 1);
    }

    private static char[] DisplayBuffer(int length)
    {
        var buffer = t_display;
        if (buffer is null || buffer.Length < length)
        {
            t_display = buffer = new char[Math.Max(length, 256)];
        }

        return buffer;
    }

    private static string Escape(char[] text, int length)
    {
        if (!NeedsEscape(text, length))
        {
            return new string(text, 0, length);
        }

        var escaped = new StringBuilder(length + 16);
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            switch (c)
            {
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                default:
                    // A lone surrogate is not XML.
                    if (!char.IsSurrogate(c))
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char[] text, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (text[i] is '&' or '<' or '>' || char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
