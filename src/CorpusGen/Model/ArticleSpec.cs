namespace CorpusGen.Model;

/// <summary>Everything the emitter needs to know about one article, computed once at compile time.</summary>
/// <param name="FilePath">Where the article came from; used for diagnostics only, never emitted.</param>
/// <param name="FileName">The file name with its extension, as emitted.</param>
/// <param name="Collection">The corpus class the article belongs to, or null for the default one.</param>
/// <param name="Ordinal">The <c>NNN</c> of an <c>NNN_id.txt</c> name.</param>
/// <param name="Content">The file's text as the compiler read it (lone surrogates replaced). Kept whole rather than
/// cut to the body: it is the compiler's own string, so holding it costs no copy.</param>
/// <param name="Body">Where <see cref="Text"/> lies in <see cref="Content"/>.</param>
/// <param name="Paragraphs">Where each paragraph lies in <see cref="Text"/>, in UTF-16 code units.</param>
/// <param name="FileBytes">Where the text lies in the file's bytes, when the file is UTF-8 the compiler decoded
/// without loss; null when the text can only be stored as the compiler read it.</param>
public sealed record ArticleSpec(
    string FilePath,
    string FileName,
    string? Collection,
    string Id,
    int? Ordinal,
    ArticleDate Date,
    string? Outlet,
    string? City,
    string Content,
    TextRange Body,
    EquatableArray<TextRange> Paragraphs,
    int WordCount,
    int CharacterCount,
    ArticleScript Script,
    FileSlice? FileBytes)
{
    /// <summary>The body: everything after the header, trailing white space trimmed. A copy, made on each call.</summary>
    public string Text => Content.Substring(Body.Start, Body.Length);
}

/// <summary>A calendar date kept as numbers, so nothing culture-dependent ever formats or parses it.</summary>
public readonly record struct ArticleDate(int Year, int Month, int Day)
{
    public override string ToString() => Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)
        + "-" + Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture)
        + "-" + Day.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// The body's place in the article file as UTF-8 bytes, counted without a BOM. <see cref="FileLength"/> lets the
/// reader check that the bytes it holds are the ones the compiler read.
/// </summary>
public readonly record struct FileSlice(int Start, int Length, int FileLength);

/// <summary>A run of UTF-16 code units in a string.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>The writing system most of an article's letters belong to. Mirrored by the generated enum.</summary>
public enum ArticleScript
{
    Unknown,
    Latin,
    Arabic,
    Hebrew,
    Cyrillic,
    Greek,
    Devanagari,
    Thai,
    Han,
    Kana,
    Hangul,
    Other,
}
