using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using CorpusGen.Diagnostics;
using CorpusGen.Model;
using CorpusGen.Text;

namespace CorpusGen.Parsing;

/// <summary>
/// The optional block of header lines after the <c>date</c> line: <c>title</c>, <c>author</c> (may repeat),
/// <c>url</c>, <c>section</c>, <c>tags</c> and <c>language</c>, each a lower-case name at the start of its line,
/// white space, then the value, the block ended by a blank line. The lines are a header only when the date line
/// holds nothing after the date and every line up to the first blank line is such a line; otherwise they are the
/// body, as they were before headers existed, so a file written without a header changes meaning only when its
/// first paragraph is lines that each start with one of the names.
/// </summary>
public static class HeaderFields
{
    public const string Title = "title";
    public const string Author = "author";
    public const string Url = "url";
    public const string Section = "section";
    public const string Tags = "tags";
    public const string Language = "language";

    private static readonly string[] Names = [Title, Author, Url, Section, Tags, Language];

    // RFC 5646's well-formed tags, private use, and the irregular grandfathered tags the grammar misses; the
    // primary language two or three letters, as every registered one is, so that 'english' is not taken for a tag.
    private static readonly Regex LanguageTag = new(
        "^(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*(?:-x(?:-[a-z0-9]{1,8})+)?"
        + "|x(?:-[a-z0-9]{1,8})+"
        + "|en-gb-oed|i-(?:ami|bnn|default|enochian|hak|klingon|lux|mingo|navajo|pwn|tao|tay|tsu)|sgn-(?:be-fr|be-nl|ch-de))$",
        RegexOptions.CultureInvariant);

    /// <summary>One header line: its name, where it starts, and where its value lies, white space trimmed.</summary>
    public readonly record struct Line(string Name, int Start, int ValueStart, int ValueEnd);

    /// <summary>
    /// The header lines after the date, which ends at <paramref name="dateEnd"/>, and where the body starts after
    /// the blank line (the content's end when nothing follows it); false when the lines that follow are no header
    /// block.
    /// </summary>
    public static bool TryFind(string content, int dateEnd, out List<Line> lines, out int bodyStart)
    {
        lines = [];
        bodyStart = 0;
        var at = dateEnd;
        while (at < content.Length && content[at] is not ('\r' or '\n') && UnicodeText.IsWhiteSpace(content[at]))
        {
            at++;
        }

        if (at == content.Length || content[at] is not ('\r' or '\n'))
        {
            return false;
        }

        var lineStart = NextLine(content, at);
        while (lineStart < content.Length)
        {
            var lineEnd = lineStart;
            while (lineEnd < content.Length && content[lineEnd] is not ('\r' or '\n'))
            {
                lineEnd++;
            }

            if (UnicodeText.IsBlank(content, lineStart, lineEnd))
            {
                bodyStart = UnicodeText.SkipWhiteSpace(content, lineEnd);
                return lines.Count > 0;
            }

            if (ReadLine(content, lineStart, lineEnd) is not { } line)
            {
                return false;
            }

            lines.Add(line);
            if (lineEnd == content.Length)
            {
                return false;
            }

            lineStart = NextLine(content, lineEnd);
        }

        return false;
    }

    /// <summary>The title the lines give, as <see cref="Read"/> reads it, without checking the other fields.</summary>
    public static string? TitleOf(string content, List<Line> lines) =>
        lines.Find(line => line.Name == Title) is { Name: not null } title && title.ValueStart < title.ValueEnd
            ? UnicodeText.ReplaceLoneSurrogates(content.Substring(title.ValueStart, title.ValueEnd - title.ValueStart))
            : null;

    /// <summary>
    /// The fields the lines give, with an error for a field given twice (the first line is read, the others not)
    /// and a warning for a value left out.
    /// </summary>
    public static ArticleHeader Read(string content, List<Line> lines, string fileName, Func<int, int, SourcePosition> at, List<DiagnosticInfo> diagnostics)
    {
        var firstLines = new Dictionary<string, Line>(StringComparer.Ordinal);
        string? title = null, url = null, section = null, language = null;
        var authors = new List<string>();
        var tags = new List<string>();
        foreach (var line in lines)
        {
            switch (line.Name)
            {
                case Tags:
                    ReadTags(content, line, fileName, at, diagnostics, tags);
                    continue;
                case Author:
                    if (Value(content, line.ValueStart, line.ValueEnd, line, fileName, at, diagnostics) is { } author && !authors.Contains(author))
                    {
                        authors.Add(author);
                    }

                    continue;
            }

            if (firstLines.TryGetValue(line.Name, out var first))
            {
                var firstLine = at(first.Start, 0).LineSpan.Start.Line + 1;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RepeatedHeaderField, at(line.Start, line.ValueEnd - line.Start), fileName, line.Name, Number(firstLine)));
                continue;
            }

            firstLines.Add(line.Name, line);

            var value = Value(content, line.ValueStart, line.ValueEnd, line, fileName, at, diagnostics);
            if (value is null)
            {
                continue;
            }

            switch (line.Name)
            {
                case Title:
                    title = value;
                    break;
                case Section:
                    section = value;
                    break;
                case Url when IsWebAddress(value):
                    url = value;
                    break;
                case Url:
                    diagnostics.Add(Invalid(line.ValueStart, line.ValueEnd, "gives the url '" + UnicodeText.ToDisplay(value) + "', which is not an absolute http or https URL (such as 'https://example.com/news/1.html')"));
                    break;
                case Language when LanguageTag.IsMatch(UnicodeText.AsciiLowerCase(value)):
                    language = value;
                    break;
                case Language:
                    diagnostics.Add(Invalid(line.ValueStart, line.ValueEnd, "gives the language '" + UnicodeText.ToDisplay(value) + "', which is not a well-formed BCP 47 tag (such as 'ar', 'en-US' or 'zh-Hant-TW')"));
                    break;
            }
        }

        var header = new ArticleHeader(title, authors.ToEquatableArray(), url, section, tags.ToEquatableArray(), language);
        return header.HasValues ? header : ArticleHeader.None;

        DiagnosticInfo Invalid(int start, int end, string problem) =>
            DiagnosticInfo.Create(DiagnosticDescriptors.InvalidHeaderValue, at(start, end - start), fileName, problem);
    }

    private static void ReadTags(string content, Line line, string fileName, Func<int, int, SourcePosition> at, List<DiagnosticInfo> diagnostics, List<string> tags)
    {
        var start = line.ValueStart;
        while (true)
        {
            var end = start;
            while (end < line.ValueEnd && content[end] is not (',' or '\u060C'))
            {
                end++;
            }

            if (Value(content, start, end, line, fileName, at, diagnostics) is { } tag && !tags.Contains(tag))
            {
                tags.Add(tag);
            }

            if (end == line.ValueEnd)
            {
                return;
            }

            start = end + 1;
        }
    }

    // The value between start and end, trimmed; null, with a warning, when nothing is left.
    private static string? Value(string content, int start, int end, Line line, string fileName, Func<int, int, SourcePosition> at, List<DiagnosticInfo> diagnostics)
    {
        start = Math.Min(UnicodeText.SkipWhiteSpace(content, start), end);
        end = UnicodeText.TrimmedEnd(content, start, end);
        if (start < end)
        {
            return UnicodeText.ReplaceLoneSurrogates(content.Substring(start, end - start));
        }

        var what = line.Name == Tags ? (line.ValueStart == line.ValueEnd ? "an empty 'tags' line" : "an empty tag between commas") : "an empty '" + line.Name + "'";
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidHeaderValue, at(start, 0), fileName, "has " + what + ": write its value after the name, or leave the line out"));
        return null;
    }

    // A line 'name value' or 'name' alone, the name one of the header's.
    private static Line? ReadLine(string content, int start, int end)
    {
        foreach (var name in Names)
        {
            var nameEnd = start + name.Length;
            if (nameEnd <= end
                && string.CompareOrdinal(content, start, name, 0, name.Length) == 0
                && (nameEnd == end || UnicodeText.IsWhiteSpace(content[nameEnd])))
            {
                var valueStart = UnicodeText.SkipWhiteSpace(content, nameEnd);
                valueStart = Math.Min(valueStart, end);
                return new Line(name, start, valueStart, UnicodeText.TrimmedEnd(content, valueStart, end));
            }
        }

        return null;
    }

    private static int NextLine(string content, int lineBreak) =>
        lineBreak + (content[lineBreak] == '\r' && lineBreak + 1 < content.Length && content[lineBreak + 1] == '\n' ? 2 : 1);

    // Absolute http or https with a host, and nothing a URL cannot hold unescaped: white space or a control.
    private static bool IsWebAddress(string value)
    {
        foreach (var c in value)
        {
            if (UnicodeText.IsWhiteSpace(c) || UnicodeText.IsInvisibleOrControl(c))
            {
                return false;
            }
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0
            && value.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase);
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
