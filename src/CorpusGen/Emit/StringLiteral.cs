using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CorpusGen.Text;

namespace CorpusGen.Emit;

/// <summary>
/// C# string literals that hold any text exactly. Quotes, backslashes, controls, line terminators and invisible or
/// direction-changing characters are escaped, so no text can end the literal, break the line or reorder how the
/// code reads; everything else, Arabic letters and emoji included, is written as it is.
/// </summary>
public static class StringLiteral
{
    public static string Quote(string text) => Append(new StringBuilder(text.Length + 2), text).ToString();

    /// <summary>
    /// A literal in printable ASCII, everything else escaped: for encoded data, whose source then does not depend
    /// on the Unicode tables of the runtime that hosts the compiler.
    /// </summary>
    public static string QuoteAscii(string text)
    {
        var builder = new StringBuilder(text.Length * 3).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\' || c < ' ' || c > '~')
            {
                AppendEscaped(builder, c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A UTF-8 literal (<c>"..."u8</c>): the bytes live in the assembly's data, not its string heap.</summary>
    public static string QuoteUtf8(string text) => Append(new StringBuilder(text.Length + 4), text).Append("u8").ToString();

    [MethodImpl(Optimized.FromFirstCall)]
    private static StringBuilder Append(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c) || UnicodeText.IsInvisibleOrControl(c))
                    {
                        AppendEscaped(builder, c);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"');
    }

    private static void AppendEscaped(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
