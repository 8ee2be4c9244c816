namespace CorpusGen.Model;

/// <summary>How an article's lines make paragraphs: the <c>CorpusGenParagraphs</c> property and the <c>Paragraphs</c> item metadata.</summary>
public enum ParagraphStyle
{
    /// <summary>A paragraph is a run of non-blank lines; blank lines separate paragraphs.</summary>
    BlankLines,

    /// <summary>As <see cref="BlankLines"/>, and a line that starts with white space after a non-blank line starts a new paragraph, as in wire copy.</summary>
    Indented,

    /// <summary>Every non-blank line is a paragraph.</summary>
    Lines,
}
