using System;
using System.Text.RegularExpressions;

namespace CorpusGen.Parsing;

/// <summary>The outlet and city a news article's first paragraph opens with.</summary>
public readonly record struct Dateline(string? Outlet, string? City)
{
    public static Dateline None => default;
}

/// <summary>
/// Reads the common agency dateline forms of Arabic and English news from the start of the lead:
/// <c>إيلاف من الرباط:</c>, <c>الرباط - إيلاف:</c>, <c>LONDON (Reuters) -</c>, <c>مانيلا، 3 ديسمبر (رويترز) -</c>,
/// <c>WASHINGTON, Dec 3 (AP) —</c>, <c>(CNN) —</c>, <c>NEW YORK, Sept. 20, 2025 /PRNewswire/ --</c>, <c>BEIRUT —</c>.
/// </summary>
public static class DatelineParser
{
    // A dateline sits in the first words of the lead; looking further only invites false matches.
    private const int SearchLength = 160;

    private const string Word = @"[\p{L}\p{M}][\p{L}\p{M}.'’]*";
    private const string Dash = @"(?:--|[-–—])";
    private const string Place = "(?<city>" + Word + @"(?:[ \t]+" + Word + "){0,3})";
    private const string Name = "(?<outlet>" + Word + @"(?:[ \t]+" + Word + "){0,2})";
    private const string QuotedName = "[\"«“]?" + Name + "[\"»”]?";
    private const string DatePart = @"(?:[ \t]*[,،][ \t]*[^()/\r\n:]{1,40}?)?";

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    private static readonly Regex[] Forms =
    [
        // LONDON (Reuters) - / مانيلا، 3 ديسمبر (رويترز) - / WASHINGTON, Dec 3 (AP) —
        Form("^" + Place + DatePart + @"[ \t]*\((?<outlet>[^()\r\n]{1,40})\)[ \t]*" + Dash),

        // NEW YORK, Sept. 20, 2025 /PRNewswire/ --
        Form("^" + Place + DatePart + @"[ \t]*/(?<outlet>[^/\r\n]{1,40})/[ \t]*" + Dash),

        // (CNN) —
        Form(@"^\((?<outlet>[^()\r\n]{1,40})\)[ \t]*" + Dash),

        // إيلاف من الرباط:
        Form("^" + QuotedName + @"[ \t]+من[ \t]+" + Place + @"[ \t]*:"),

        // الرباط - إيلاف:
        Form("^" + Place + @"[ \t]*" + Dash + @"[ \t]*" + QuotedName + @"[ \t]*:"),

        // BEIRUT — (capital letters only: a plain word and a dash is too common in running text)
        Form(@"^(?<city>\p{Lu}[\p{Lu}.'’]+(?:[ \t]+\p{Lu}[\p{Lu}.'’]*){0,3})(?:,[ \t]+[^\r\n—–-]{1,30}?)?[ \t]+" + Dash + @"[ \t]"),
    ];

    public static Dateline Parse(string lead)
    {
        var head = lead.Length > SearchLength ? lead.Substring(0, SearchLength) : lead;
        foreach (var form in Forms)
        {
            Match match;
            try
            {
                match = form.Match(head);
            }
            catch (RegexMatchTimeoutException)
            {
                continue;
            }

            if (match.Success)
            {
                return new Dateline(Value(match.Groups["outlet"]), Value(match.Groups["city"]));
            }
        }

        return Dateline.None;
    }

    private static string? Value(Group group)
    {
        if (!group.Success)
        {
            return null;
        }

        var value = group.Value.Trim();
        return value.Length == 0 ? null : value;
    }

    private static Regex Form(string pattern) =>
        new(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout);
}
