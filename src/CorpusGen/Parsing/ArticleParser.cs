using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CorpusGen.Diagnostics;
using CorpusGen.Model;

namespace CorpusGen.Parsing;

/// <summary>What parsing one article file gave: the article, or the reasons there is none, or both.</summary>
public sealed record ArticleParseResult(
    string FilePath,
    string? Collection,
    ArticleSpec? Article,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Turns the text of one article file into an <see cref="ArticleSpec"/>. The format: an optional BOM and white
/// space, the word <c>date</c>, white space, an ISO date <c>YYYY-MM-DD</c>, white space, then the body.
/// </summary>
public static class ArticleParser
{
    private const string HeaderKeyword = "date";
    private const int QuotedLength = 24;

    /// <param name="contentIsFileUtf8">The compiler read the file as UTF-8, so the file's bytes are the UTF-8 of
    /// <paramref name="content"/> (less a BOM) unless the text shows a loss.</param>
    public static ArticleParseResult Parse(string filePath, string? collection, string content, bool contentIsFileUtf8 = true)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var article = ParseArticle(filePath, collection, content, contentIsFileUtf8, diagnostics);
        return new ArticleParseResult(filePath, collection, article, diagnostics.ToEquatableArray());
    }

    private static ArticleSpec? ParseArticle(string filePath, string? collection, string content, bool contentIsFileUtf8, List<DiagnosticInfo> diagnostics)
    {
        var name = ArticleFileName.FromPath(filePath);

        var headerStart = UnicodeText.SkipWhiteSpace(content, content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0);
        if (headerStart == content.Length)
        {
            var problem = content.Length == 0 ? "is empty" : "holds only white space";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyArticle, At(0, 0), name.FileName, problem));
            return null;
        }

        var keywordEnd = headerStart + HeaderKeyword.Length;
        if (string.CompareOrdinal(content, headerStart, HeaderKeyword, 0, HeaderKeyword.Length) != 0
            || keywordEnd >= content.Length
            || !UnicodeText.IsWhiteSpace(content[keywordEnd]))
        {
            diagnostics.Add(MissingHeader(headerStart));
            return null;
        }

        var dateStart = UnicodeText.SkipWhiteSpace(content, keywordEnd);
        var dateEnd = dateStart;
        while (dateEnd < content.Length && !UnicodeText.IsWhiteSpace(content[dateEnd]))
        {
            dateEnd++;
        }

        var dateText = content.Substring(dateStart, dateEnd - dateStart);
        if (!TryReadIsoDate(dateText, out var year, out var month, out var day))
        {
            diagnostics.Add(MissingHeader(headerStart));
            return null;
        }

        if (!IsGregorianDate(year, month, day))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDate, At(dateStart, dateText.Length), name.FileName, dateText));
            return null;
        }

        var bodyStart = UnicodeText.SkipWhiteSpace(content, dateEnd);
        var bodyEnd = UnicodeText.TrimmedEnd(content, bodyStart, content.Length);
        if (bodyStart == bodyEnd)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyArticle, At(headerStart, dateEnd - headerStart), name.FileName, "has a date header but no text after it"));
            return null;
        }

        var body = new TextRange(bodyStart, bodyEnd - bodyStart);
        var measures = TextMetrics.Measure(content, body);
        var decodedExactly = measures.FirstLoneSurrogate < 0 && content.IndexOf('\uFFFD', bodyStart, body.Length) < 0;
        var fileBytes = contentIsFileUtf8 && decodedExactly ? Utf8Slice(content, body) : (FileSlice?)null;
        if (!decodedExactly)
        {
            // UTF-8 cannot hold a lone surrogate, and U+FFFD marks bytes the compiler could not decode: either way
            // the text is not what the file meant, so say where.
            diagnostics.Add(Undecodable(measures.FirstLoneSurrogate));
            if (measures.FirstLoneSurrogate >= 0)
            {
                content = UnicodeText.ReplaceLoneSurrogates(content);
                measures = TextMetrics.Measure(content, body);
            }
        }

        var paragraphs = TextMetrics.Paragraphs(content, body);
        var lead = content.Substring(bodyStart + paragraphs[0].Start, paragraphs[0].Length);
        var dateline = DatelineParser.Parse(lead);

        return new ArticleSpec(
            filePath,
            name.FileName,
            collection,
            name.Id,
            name.Ordinal,
            new ArticleDate(year, month, day),
            dateline.Outlet,
            dateline.City,
            content,
            body,
            paragraphs,
            measures.WordCount,
            measures.CharacterCount,
            measures.Script,
            fileBytes);

        SourcePosition At(int start, int length) => SourcePosition.In(filePath, content, start, length);

        DiagnosticInfo MissingHeader(int start)
        {
            var lineEnd = start;
            while (lineEnd < content.Length && lineEnd - start < QuotedLength && content[lineEnd] is not ('\r' or '\n'))
            {
                lineEnd++;
            }

            var found = UnicodeText.ToDisplay(content.Substring(start, lineEnd - start));
            return DiagnosticInfo.Create(DiagnosticDescriptors.MissingDateHeader, At(start, lineEnd - start), name.FileName, found);
        }

        DiagnosticInfo Undecodable(int loneSurrogate) => loneSurrogate >= 0
            ? DiagnosticInfo.Create(DiagnosticDescriptors.UndecodableText, At(bodyStart + loneSurrogate, 1), name.FileName, "holds a lone UTF-16 surrogate, which UTF-8 cannot store; it is read as U+FFFD")
            : DiagnosticInfo.Create(DiagnosticDescriptors.UndecodableText, At(content.IndexOf('\uFFFD', bodyStart, bodyEnd - bodyStart), 1), name.FileName, "holds U+FFFD replacement characters where the file had bytes that are not UTF-8");
    }

    // A decoder drops a UTF-8 BOM; a U+FEFF the text still starts with was in the file after it.
    private static FileSlice Utf8Slice(string content, TextRange body)
    {
        // The header and the trailing white space are short; the body is counted as what is left of the whole.
        var before = Encoding.UTF8.GetByteCount(content.Substring(0, body.Start));
        var after = Encoding.UTF8.GetByteCount(content.Substring(body.End));
        var whole = Encoding.UTF8.GetByteCount(content);
        return new FileSlice(before, whole - before - after, whole);
    }

    private static bool TryReadIsoDate(string text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        return text.Length == 10
            && text[4] == '-'
            && text[7] == '-'
            && TryReadNumber(text, 0, 4, out year)
            && TryReadNumber(text, 5, 2, out month)
            && TryReadNumber(text, 8, 2, out day);
    }

    private static bool TryReadNumber(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }

    // GregorianCalendar explicitly: DateTime.DaysInMonth would do too, but this says what is meant whatever the
    // culture the compiler runs under.
    private static readonly Calendar Gregorian = new GregorianCalendar();

    private static bool IsGregorianDate(int year, int month, int day) =>
        year is >= 1 and <= 9999
        && month is >= 1 and <= 12
        && day >= 1
        && day <= Gregorian.GetDaysInMonth(year, month);
}
