using System;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

// Read by the index task in MSBuild, not by the generator: file IO is its job.
#pragma warning disable RS1035

namespace CorpusGen.Tasks;

/// <summary>
/// An article file as the compiler reads an additional file: by its byte order mark, else as UTF-8, else, when it
/// is not valid UTF-8, in the compiler's fallback code page.
/// </summary>
internal sealed class ArticleFileText(string path) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // Decoded straight to a string, which the text then holds: a corpus is read without a copy per article.
        var (encoding, preamble) = ByByteOrderMark(bytes) ?? (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), 0);
        try
        {
            return SourceText.From(encoding.GetString(bytes, preamble, bytes.Length - preamble), encoding);
        }
        catch (DecoderFallbackException)
        {
            var fallback = FallbackEncoding();
            return SourceText.From(fallback.GetString(bytes), fallback);
        }
    }

    /// <summary>The Unicode encoding a byte order mark at the start of <paramref name="bytes"/> names, and the mark's length; null for none.</summary>
    internal static (Encoding Encoding, int Preamble)? ByByteOrderMark(byte[] bytes) =>
        Starts(bytes, 0xEF, 0xBB, 0xBF) ? (new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true), 3)
        : Starts(bytes, 0xFF, 0xFE, 0, 0) ? (new UTF32Encoding(bigEndian: false, byteOrderMark: true), 4)
        : Starts(bytes, 0, 0, 0xFE, 0xFF) ? (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4)
        : Starts(bytes, 0xFF, 0xFE) ? (new UnicodeEncoding(bigEndian: false, byteOrderMark: true), 2)
        : Starts(bytes, 0xFE, 0xFF) ? (new UnicodeEncoding(bigEndian: true, byteOrderMark: true), 2)
        : null;

    private static bool Starts(byte[] bytes, params byte[] mark) =>
        bytes.Length >= mark.Length && bytes.AsSpan(0, mark.Length).SequenceEqual(mark);

    private static Encoding FallbackEncoding()
    {
        try
        {
            return Encoding.GetEncoding(1252);
        }
        catch (ArgumentException)
        {
            return Encoding.GetEncoding("iso-8859-1");
        }
        catch (NotSupportedException)
        {
            return Encoding.GetEncoding("iso-8859-1");
        }
    }
}
