using System;
using CorpusGen.Text;

namespace CorpusGen.Parsing;

/// <summary>
/// Why a file does not start with a <c>date YYYY-MM-DD</c> header, said so that the reader knows what to change,
/// and where: the near misses a person makes (<c>Date</c>, <c>date:</c>, <c>2025-9-20</c>, <c>20/09/2025</c>), a
/// file saved as UTF-16 without a byte order mark, or a file that is no article at all.
/// </summary>
public readonly record struct HeaderProblem(int Start, int Length, string Explanation)
{
    private const string Keyword = "date";
    private const int QuotedLength = 24;
    private const int IsoDateLength = 10;

    /// <param name="headerStart">Where the header should start: after a BOM and white space.</param>
    /// <param name="projectPath">The file's path as the project names it, for an <c>Exclude</c> to copy.</param>
    public static HeaderProblem Find(string content, int headerStart, string projectPath)
    {
        if (LooksLikeUtf16WithoutBom(content))
        {
            return new HeaderProblem(0, 0, "it looks like UTF-16 without a byte order mark (every other byte is zero), which the compiler reads as UTF-8: save it as UTF-8, or as UTF-16 with a byte order mark");
        }

        var wordEnd = headerStart;
        while (wordEnd < content.Length && !UnicodeText.IsWhiteSpace(content[wordEnd]) && content[wordEnd] != ':')
        {
            wordEnd++;
        }

        var word = content.Substring(headerStart, wordEnd - headerStart);
        var hasColon = wordEnd < content.Length && content[wordEnd] == ':';
        var keywordEnd = hasColon ? wordEnd + 1 : wordEnd;
        var dateStart = UnicodeText.SkipWhiteSpace(content, keywordEnd);
        var dateEnd = dateStart;
        while (dateEnd < content.Length && !UnicodeText.IsWhiteSpace(content[dateEnd]))
        {
            dateEnd++;
        }

        var dateText = content.Substring(dateStart, dateEnd - dateStart);
        if (word.Length > Keyword.Length
            && string.Compare(word, 0, Keyword, 0, Keyword.Length, StringComparison.OrdinalIgnoreCase) == 0
            && LooksLikeDate(word.Substring(Keyword.Length)))
        {
            return new HeaderProblem(
                headerStart,
                word.Length,
                $"it starts with '{Quote(content, headerStart)}': write the header as '{Keyword} {Suggested(word.Substring(Keyword.Length))}', with a space after '{Keyword}'");
        }

        var isKeyword = string.Equals(word, Keyword, StringComparison.OrdinalIgnoreCase);
        if (isKeyword && LooksLikeDate(dateText) && (word != Keyword || hasColon))
        {
            var fix = word != Keyword && hasColon ? "in lower case and with no colon"
                : hasColon ? "with a space and no colon"
                : "in lower case";
            return new HeaderProblem(
                headerStart,
                keywordEnd - headerStart,
                $"it starts with '{Quote(content, headerStart)}': write the header as '{Keyword} {Suggested(dateText)}', {fix}");
        }

        if (word == Keyword && !hasColon && dateStart > wordEnd)
        {
            var explanation = dateStart == content.Length
                ? "'date' is followed by no date: write the article's date after it, such as 'date 2025-09-20'"
                : dateText.Length > IsoDateLength && TryReadLooseDate(dateText.Substring(0, IsoDateLength), out var glued)
                    ? $"its date is followed by '{UnicodeText.ToDisplay(dateText, IsoDateLength, dateText.Length - IsoDateLength, QuotedLength)}' with no space: write white space between 'date {glued}' and the text"
                : TryReadLooseDate(dateText, out var date)
                    ? $"its date '{dateText}' is not written YYYY-MM-DD: write 'date {date}'"
                    : LooksLikeDate(dateText)
                        ? $"its date '{UnicodeText.ToDisplay(dateText)}' is not written YYYY-MM-DD: write the year in four digits, then the month and the day in two each, such as 'date 2025-09-20'"
                        : $"'date' is followed by '{UnicodeText.ToDisplay(dateText, 0, dateText.Length, QuotedLength)}', which is not a date: write the article's date after it, such as 'date 2025-09-20'";
            return new HeaderProblem(dateStart, dateText.Length, explanation);
        }

        var lineEnd = headerStart;
        while (lineEnd < content.Length && lineEnd - headerStart < QuotedLength && content[lineEnd] is not ('\r' or '\n'))
        {
            lineEnd++;
        }

        return new HeaderProblem(
            headerStart,
            lineEnd - headerStart,
            $"it starts with '{Quote(content, headerStart)}': add the header, or, if the file is not an article, leave it out of the NewsArticle items with Exclude=\"{projectPath}\"");
    }

    // The header line as the reader sees it, at most a few words.
    private static string Quote(string content, int start)
    {
        var end = start;
        while (end < content.Length && end - start < QuotedLength && content[end] is not ('\r' or '\n'))
        {
            end++;
        }

        return UnicodeText.ToDisplay(content.Substring(start, end - start));
    }

    private static string Suggested(string dateText) =>
        TryReadLooseDate(dateText, out var date) ? date.ToString() : "YYYY-MM-DD";

    /// <summary>A UTF-16 file read as UTF-8: its ASCII letters, as in a header, come out each beside a NUL.</summary>
    private static bool LooksLikeUtf16WithoutBom(string content)
    {
        var sample = Math.Min(content.Length, 16);
        if (sample < 8)
        {
            return false;
        }

        var evenNuls = 0;
        var oddNuls = 0;
        for (var i = 0; i < sample; i++)
        {
            if (content[i] == '\0')
            {
                if (i % 2 == 0)
                {
                    evenNuls++;
                }
                else
                {
                    oddNuls++;
                }
            }
        }

        return Math.Max(evenNuls, oddNuls) >= (sample / 2) - 1;
    }

    private static bool LooksLikeDate(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (DigitValue(c) >= 0)
            {
                digits++;
            }
            else if (c is not ('-' or '/' or '.'))
            {
                return false;
            }
        }

        return digits >= 4;
    }

    /// <summary>
    /// A date written another way whose meaning is plain: year first with one-digit month or day, or a
    /// four-digit year last with the day or the month over 12, separated by '-', '/' or '.', in ASCII or
    /// Arabic-Indic digits.
    /// </summary>
    private static bool TryReadLooseDate(string text, out Model.ArticleDate date)
    {
        date = default;
        var parts = text.Split('-', '/', '.');
        if (parts.Length != 3 || !TryNumber(parts[0], out var first) || !TryNumber(parts[1], out var second) || !TryNumber(parts[2], out var third))
        {
            return false;
        }

        int year, month, day;
        if (parts[0].Length == 4 && parts[1].Length <= 2 && parts[2].Length <= 2)
        {
            (year, month, day) = (first, second, third);
        }
        else if (parts[2].Length == 4 && parts[0].Length <= 2 && parts[1].Length <= 2)
        {
            year = third;
            if (first > 12 && second <= 12)
            {
                (day, month) = (first, second);
            }
            else if (second > 12 && first <= 12)
            {
                (month, day) = (first, second);
            }
            else if (first == second)
            {
                day = month = first;
            }
            else
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month) || year < 1)
        {
            return false;
        }

        date = new Model.ArticleDate(year, month, day);
        return true;
    }

    private static bool TryNumber(string text, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 4)
        {
            return false;
        }

        foreach (var c in text)
        {
            var digit = DigitValue(c);
            if (digit < 0)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    // ASCII, Arabic-Indic and Eastern Arabic-Indic digits: Arabic corpora write dates in all three.
    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };
}
