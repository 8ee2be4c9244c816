namespace CorpusGen.Model;

/// <summary>One article file's text as the compiler read it.</summary>
/// <param name="Content">The text, or null when the file could not be read.</param>
/// <param name="IsFileUtf8">The compiler read the file as UTF-8, so its bytes are the UTF-8 of the text (less a
/// BOM) unless the text shows a loss.</param>
/// <param name="Paragraphs">How its lines make paragraphs.</param>
/// <param name="IsTranscodedCopy">The compiler read the UTF-8 copy the targets made of a file in a legacy encoding:
/// a U+FFFD in it is a byte that encoding leaves unassigned, which the targets have reported.</param>
public sealed record ArticleText(string FilePath, string? Collection, string? Content, bool IsFileUtf8, ParagraphStyle Paragraphs = ParagraphStyle.BlankLines, bool IsTranscodedCopy = false);
