using System;
using System.Text;

namespace CorpusGen.Tasks;

/// <summary>
/// Turns an article file in a legacy encoding (windows-1256, ISO-8859-6, ...) into the UTF-8 the compiler reads,
/// and says where the bytes the encoding cannot map are: the package's targets run it before the compiler does.
/// </summary>
internal static class ArticleTranscoder
{
    /// <summary>The file's text as UTF-8, how many of its bytes the encoding maps to nothing (read as U+FFFD), and the line and column (from 1) of the first.</summary>
    public readonly record struct Transcoded(byte[] Utf8, int Unmapped, int Line, int Column);

    private static readonly object s_registration = new();
    private static bool s_registered;

    /// <summary>The encoding of that name (<c>windows-1256</c>, <c>iso-8859-6</c>, <c>cp1256</c>, <c>utf-8</c>), or null for a name .NET does not know.</summary>
    public static Encoding? Find(string name)
    {
        RegisterCodePages();
        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static bool IsUtf8(Encoding encoding) => encoding.CodePage == Encoding.UTF8.CodePage;

    /// <summary>
    /// The bytes are valid UTF-8. Text in a legacy encoding almost never is (an Arabic letter of windows-1256 or
    /// ISO-8859-6 is a byte of 0xC1 and up, which UTF-8 follows with a continuation byte), and ASCII reads the same
    /// either way: such a file is read as UTF-8 whatever encoding the project names.
    /// </summary>
    public static bool IsValidUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The file starts with a UTF-8 or UTF-16 byte order mark, which says its encoding whatever the project says: the compiler reads it as it is.</summary>
    public static bool HasUnicodeByteOrderMark(byte[] bytes) => ArticleFileText.ByByteOrderMark(bytes) is not null;

    public static Transcoded Transcode(byte[] bytes, Encoding encoding)
    {
        // .NET's tables read a byte the code page leaves unassigned (0xA1 of ISO-8859-6) as a private-use character,
        // and one it cannot decode as the fallback's: both are U+FFFD, as the compiler reads an invalid byte. A legacy
        // encoding cannot write U+FFFD itself, so each one in the text is such a byte.
        var chars = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD")).GetString(bytes).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\uE000' and <= '\uF8FF')
            {
                chars[i] = '\uFFFD';
            }
        }

        var text = new string(chars);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        var first = text.IndexOf('\uFFFD');
        if (first < 0)
        {
            return new Transcoded(utf8, 0, 0, 0);
        }

        var (line, column) = (1, 1);
        for (var i = 0; i < first; i++)
        {
            var breaks = text[i] == '\n' || (text[i] == '\r' && text[i + 1] != '\n');
            (line, column) = breaks ? (line + 1, 1) : (line, column + 1);
        }

        var unmapped = 0;
        foreach (var c in text)
        {
            unmapped += c == '\uFFFD' ? 1 : 0;
        }

        return new Transcoded(utf8, unmapped, line, column);
    }

    // .NET (Core) knows only the Unicode encodings and Latin-1 unless the code pages are registered; the provider's
    // assembly is part of the runtime, but not of netstandard2.0, so it is found by name. .NET Framework knows them all.
    private static void RegisterCodePages()
    {
        lock (s_registration)
        {
            if (s_registered)
            {
                return;
            }

            s_registered = true;
            var provider = Type.GetType("System.Text.CodePagesEncodingProvider, System.Text.Encoding.CodePages", throwOnError: false)
                ?.GetProperty("Instance")?.GetValue(null) as EncodingProvider;
            if (provider is not null)
            {
                Encoding.RegisterProvider(provider);
            }
        }
    }
}
