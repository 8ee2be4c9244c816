using System.Collections.Generic;
using System.Text;
using System.Threading;
using CorpusGen.Diagnostics;
using CorpusGen.Model;
using CorpusGen.Text;

namespace CorpusGen.Reading;

/// <summary>Reads an article file's text as the compiler decoded it, and says when that was not as UTF-8.</summary>
public static class ArticleReader
{
    public static Result<ArticleText> Read(ArticleFile article, CancellationToken cancellationToken)
    {
        var path = article.DeclaredPath;
        var diagnostics = new List<DiagnosticInfo>();
        var paragraphs = ParagraphsOf(article, diagnostics);
        var text = article.File.GetText(cancellationToken);
        if (text is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableFile, SourcePosition.FileStart(path), ArticleFileName.FromPath(path).FileName));
            return Result.With(new ArticleText(path, article.Collection, null, false, paragraphs), diagnostics);
        }

        // A file with a UTF-16 or UTF-32 BOM is read exactly; any other encoding is the compiler's fallback for a
        // file that is not UTF-8, and the text may be mojibake.
        if (text.Encoding is not (null or UTF8Encoding or UnicodeEncoding or UTF32Encoding))
        {
            diagnostics.Add(NotUtf8(path, text.Encoding));
        }

        return Result.With(new ArticleText(path, article.Collection, text.ToString(), text.Encoding is UTF8Encoding, paragraphs, article.SourcePath is not null), diagnostics);
    }

    // The item's own style, else the project's; a value that names none is reported at the file, which still
    // becomes an article, in the project's style.
    private static ParagraphStyle ParagraphsOf(ArticleFile article, List<DiagnosticInfo> diagnostics)
    {
        if (article.Paragraphs is null)
        {
            return article.Options.Paragraphs;
        }

        if (OptionsReader.TryReadParagraphStyle(article.Paragraphs, out var style))
        {
            return style;
        }

        var fileName = ArticleFileName.FromPath(article.DeclaredPath).FileName;
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, SourcePosition.FileStart(article.DeclaredPath), $"Paragraphs of NewsArticle '{fileName}'", article.Paragraphs, OptionsReader.ParagraphStyleRule));
        return article.Options.Paragraphs;
    }

    private static DiagnosticInfo NotUtf8(string path, Encoding encoding) =>
        DiagnosticInfo.Create(
            DiagnosticDescriptors.UndecodableText,
            SourcePosition.FileStart(path),
            ArticleFileName.FromPath(path).FileName,
            $"is not valid UTF-8 and was read as {encoding.WebName}: save it as UTF-8, or name its encoding with the item's Encoding metadata or CorpusGenEncoding (a file in Arabic is likely windows-1256 or ISO-8859-6: Encoding=\"windows-1256\")");
}
