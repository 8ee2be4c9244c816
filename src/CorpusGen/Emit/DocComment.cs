using System.Text;
using CorpusGen.Parsing;

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

    public static string Text(string text) => Escape(UnicodeText.ToDisplay(text));

    /// <summary>
    /// The start of <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="start"/>,
    /// cut at a word boundary near <paramref name="length"/>.
    /// </summary>
    public static string Preview(string text, int start, int count, int length)
    {
        var display = UnicodeText.ToDisplay(text, start, count, maxLength: length + 1);
        if (display.Length <= length)
        {
            return Escape(display);
        }

        var cut = display.LastIndexOf(' ', length);
        if (cut < length * 3 / 4)
        {
            cut = char.IsLowSurrogate(display[length]) ? length - 1 : length;
        }

        return Escape(display.Substring(0, cut).TrimEnd(' ')) + "…";
    }

    private static string Escape(string text)
    {
        if (!NeedsEscape(text))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
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

    private static bool NeedsEscape(string text)
    {
        foreach (var c in text)
        {
            if (c is '&' or '<' or '>' || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
