using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CorpusGen.Diagnostics;
using CorpusGen.Model;
using CorpusGen.Text;

namespace CorpusGen.Parsing;

/// <summary>
/// Turns the text of one article file into an <see cref="ArticleSpec"/>. The format: an optional BOM and white
/// space, the word <c>date</c>, white space, an ISO date <c>YYYY-MM-DD</c>, white space, then the body; or, after
/// the date's line, a block of header lines ended by a blank line (<see cref="HeaderFields"/>), then the body.
/// </summary>
public static class ArticleParser
{
    private const string HeaderKeyword = "date";

    /// <summary>The article the text holds, or the reasons there is none, or both; after what reading it found.</summary>
    /// <param name="projectDirectory">The project's folder, so that a message can name the file as the project does.</param>
    public static Result<ParsedArticle> Parse(Result<ArticleText> read, string projectDirectory = "")
    {
        var text = read.Value;
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var diagnostic in read.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        var name = ArticleFileName.FromPath(text.FilePath);
        var article = text.Content is null ? null : ParseArticle(text.FilePath, name, text.Content, text.IsFileUtf8, text.IsTranscodedCopy, text.Paragraphs, projectDirectory, diagnostics);
        var facts = article is null ? null : new ArticleFacts(article.Date, article.Outlet, article.City, article.Script, article.Header.Section, article.Header.Tags, article.Header.Authors, article.Header.Language);
        var declaration = new DeclaredArticle(text.FilePath, name.FileName, name.Stem, text.Collection, article?.Id, facts);
        return Result.With(new ParsedArticle(declaration, article), diagnostics);
    }

    /// <summary>The article in <paramref name="content"/>, a file the compiler read as UTF-8 unless <paramref name="contentIsFileUtf8"/> says not.</summary>
    public static Result<ParsedArticle> Parse(string filePath, string? collection, string content, bool contentIsFileUtf8 = true, string projectDirectory = "", ParagraphStyle paragraphs = ParagraphStyle.BlankLines) =>
        Parse(Result.Clean(new ArticleText(filePath, collection, content, contentIsFileUtf8, paragraphs)), projectDirectory);

    /// <summary>
    /// What a search index needs of an article file, found as <see cref="Parse(Result{ArticleText}, string)"/>
    /// finds it: its declaration, and the content with the range of its <see cref="ArticleSpec.Text"/> in it, or
    /// none when the file is no article, and its header's title; not its counts, paragraphs, sentences or dateline,
    /// nor its diagnostics, which the generator reports.
    /// </summary>
    public static (DeclaredArticle Declaration, (string Content, TextRange Body, string? Title)? Text) ParseText(ArticleText text)
    {
        var name = ArticleFileName.FromPath(text.FilePath);
        var diagnostics = new List<DiagnosticInfo>();
        List<HeaderFields.Line>? headerLines = null;
        var body = text.Content is null ? null : ReadHeader(text.FilePath, name, text.Content, "", diagnostics, out _, out headerLines);
        var declaration = new DeclaredArticle(text.FilePath, name.FileName, name.Stem, text.Collection, body is null ? null : name.Id);
        if (body is not { } range)
        {
            return (declaration, null);
        }

        var title = headerLines is null ? null : HeaderFields.TitleOf(text.Content!, headerLines);
        return (declaration, (UnicodeText.ReplaceLoneSurrogates(text.Content!), range, title));
    }

    // The header: the body's range when the file has a valid date header and text after it, else null and why.
    private static TextRange? ReadHeader(string filePath, ArticleFileName name, string content, string projectDirectory, List<DiagnosticInfo> diagnostics, out ArticleDate date, out List<HeaderFields.Line>? headerLines)
    {
        date = default;
        headerLines = null;
        var headerStart = UnicodeText.SkipWhiteSpace(content, content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0);
        if (headerStart == content.Length)
        {
            var problem = content.Length == 0 ? "is empty" : "holds only white space";
            problem += ": write a header 'date YYYY-MM-DD' and the article's text in it, or leave the file out of the NewsArticle items";
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
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDate, At(dateStart, dateText.Length), name.FileName, dateText, WhyNoDate(year, month)));
            return null;
        }

        var bodyStart = UnicodeText.SkipWhiteSpace(content, dateEnd);
        if (HeaderFields.TryFind(content, dateEnd, out var lines, out var afterHeader))
        {
            (headerLines, bodyStart) = (lines, afterHeader);
        }

        var bodyEnd = UnicodeText.TrimmedEnd(content, bodyStart, content.Length);
        if (bodyStart == bodyEnd)
        {
            diagnostics.Add(headerLines is null
                ? DiagnosticInfo.Create(DiagnosticDescriptors.EmptyArticle, At(headerStart, dateEnd - headerStart), name.FileName, "has a date header but no text after it: write the article's text after the date")
                : DiagnosticInfo.Create(DiagnosticDescriptors.EmptyArticle, At(headerStart, headerLines[headerLines.Count - 1].ValueEnd - headerStart), name.FileName, "has a header block but no text after its blank line: write the article's text after it"));
            return null;
        }

        date = new ArticleDate(year, month, day);
        return new TextRange(bodyStart, bodyEnd - bodyStart);

        SourcePosition At(int start, int length) => SourcePosition.In(filePath, content, start, length);

        DiagnosticInfo MissingHeader(int start)
        {
            var problem = HeaderProblem.Find(content, start, ProjectPath(filePath, projectDirectory));
            return DiagnosticInfo.Create(DiagnosticDescriptors.MissingDateHeader, At(problem.Start, problem.Length), name.FileName, problem.Explanation);
        }
    }

    private static ArticleSpec? ParseArticle(string filePath, ArticleFileName name, string content, bool contentIsFileUtf8, bool isTranscodedCopy, ParagraphStyle style, string projectDirectory, List<DiagnosticInfo> diagnostics)
    {
        if (ReadHeader(filePath, name, content, projectDirectory, diagnostics, out var date, out var headerLines) is not { } body)
        {
            return null;
        }

        var header = headerLines is null ? ArticleHeader.None : HeaderFields.Read(content, headerLines, name.FileName, At, diagnostics);

        var (bodyStart, bodyEnd) = (body.Start, body.End);
        var measures = TextMetrics.Measure(content, body);
        var decodedExactly = measures.FirstLoneSurrogate < 0 && (isTranscodedCopy || content.IndexOf('\uFFFD', bodyStart, body.Length) < 0);
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

        var paragraphs = TextMetrics.Paragraphs(content, body, style);
        var lead = content.Substring(bodyStart + paragraphs[0].Start, paragraphs[0].Length);
        var dateline = DatelineParser.Parse(lead);

        return new ArticleSpec(
            filePath,
            name.FileName,
            name.Id,
            name.Ordinal,
            date,
            dateline.Outlet,
            dateline.City,
            dateline.Region,
            content,
            body,
            paragraphs,
            SentenceBoundaries.Find(content, body, paragraphs),
            measures.WordCount,
            measures.NonWordTokens,
            measures.CharacterCount,
            measures.Script,
            fileBytes,
            header);

        SourcePosition At(int start, int length) => SourcePosition.In(filePath, content, start, length);

        DiagnosticInfo Undecodable(int loneSurrogate) => loneSurrogate >= 0
            ? DiagnosticInfo.Create(DiagnosticDescriptors.UndecodableText, At(bodyStart + loneSurrogate, 1), name.FileName, "holds a lone UTF-16 surrogate, which UTF-8 cannot store; it is read as U+FFFD")
            : DiagnosticInfo.Create(DiagnosticDescriptors.UndecodableText, At(content.IndexOf('\uFFFD', bodyStart, bodyEnd - bodyStart), 1), name.FileName, NotUtf8(content, body));
    }

    // The compiler decodes bytes that are not UTF-8 as U+FFFD, so the bytes are gone; how many there are still
    // tells a file in a legacy code page, where every letter but ASCII is one such byte, from a few stray ones.
    private static string NotUtf8(string content, TextRange body)
    {
        var replaced = 0;
        var letters = 0;
        for (var i = body.Start; i < body.End; i++)
        {
            if (content[i] == '\uFFFD')
            {
                replaced++;
            }
            else if (UnicodeText.IsLetterOrDigit(content[i]))
            {
                letters++;
            }
        }

        return replaced > letters
            ? "is not UTF-8: most of its text is bytes the compiler could not decode (read as U+FFFD), as in a file saved in a legacy code page such as windows-1256 or ISO-8859-6 for Arabic; name its encoding with the item's Encoding metadata (Encoding=\"windows-1256\") or CorpusGenEncoding, or save it as UTF-8"
            : "holds bytes that are not UTF-8 (read as U+FFFD), as in a file saved in a legacy code page such as windows-1252: save it as UTF-8";
    }

    /// <summary>The path an MSBuild item of the project would give the file: relative to its folder when inside it.</summary>
    private static string ProjectPath(string filePath, string projectDirectory)
    {
        var path = filePath.Replace('\\', '/');
        var folder = projectDirectory.Replace('\\', '/');
        if (folder.Length > 0 && !folder.EndsWith("/", System.StringComparison.Ordinal))
        {
            folder += "/";
        }

        return folder.Length > 0 && path.StartsWith(folder, System.StringComparison.Ordinal) ? path.Substring(folder.Length) : path;
    }

    private static string WhyNoDate(int year, int month) =>
        month is < 1 or > 12 ? "there is no month " + month.ToString(CultureInfo.InvariantCulture)
            : year < 1 ? "there is no year 0"
            : new ArticleDate(year, month, 1).ToString().Substring(0, 7) + " has " + Gregorian.GetDaysInMonth(year, month).ToString(CultureInfo.InvariantCulture) + " days";

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
