namespace CorpusGen.Model;

/// <summary>Everything the emitter needs to know about one article, computed once at compile time.</summary>
/// <param name="FilePath">Where the article came from; used for diagnostics only, never emitted.</param>
/// <param name="FileName">The file name with its extension, as emitted.</param>
/// <param name="Ordinal">The <c>NNN</c> of an <c>NNN_id.txt</c> name.</param>
/// <param name="Content">The file's text as the compiler read it (lone surrogates replaced). Kept whole rather than
/// cut to the body: it is the compiler's own string, so holding it costs no copy.</param>
/// <param name="Region">The state, province or country after the dateline's city (<c>Ore.</c>, <c>Belgium</c>), if it names one.</param>
/// <param name="Body">Where <see cref="Text"/> lies in <see cref="Content"/>.</param>
/// <param name="Paragraphs">Where each paragraph lies in <see cref="Text"/>, in UTF-16 code units.</param>
/// <param name="Sentences">Where each sentence lies in <see cref="Text"/>, in order; each within a paragraph.</param>
/// <param name="NonWordTokens">The white-space separated tokens of <see cref="Text"/> that hold no letter or digit,
/// by their index among all its tokens: the ones <see cref="WordCount"/> leaves out.</param>
/// <param name="FileBytes">Where the text lies in the file's bytes, when the file is UTF-8 the compiler decoded
/// without loss; null when the text can only be stored as the compiler read it.</param>
/// <param name="Header">The fields of the header block, <see cref="ArticleHeader.None"/> when there is none.</param>
public sealed record ArticleSpec(
    string FilePath,
    string FileName,
    string Id,
    int? Ordinal,
    ArticleDate Date,
    string? Outlet,
    string? City,
    string? Region,
    string Content,
    TextRange Body,
    EquatableArray<TextRange> Paragraphs,
    EquatableArray<TextRange> Sentences,
    int WordCount,
    EquatableArray<int> NonWordTokens,
    int CharacterCount,
    ArticleScript Script,
    FileSlice? FileBytes,
    ArticleHeader Header)
{
    /// <summary>The body: everything after the header, trailing white space trimmed. A copy, made on each call.</summary>
    public string Text => Content.Substring(Body.Start, Body.Length);
}
