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

    private const string Dashes = "-–—";

    // Each form with the characters a match cannot do without: a form whose characters the lead lacks is not tried,
    // which spares most leads most of the regex work.
    private static readonly DatelineForm[] Forms =
    [
        // LONDON (Reuters) - / مانيلا، 3 ديسمبر (رويترز) - / WASHINGTON, Dec 3 (AP) —
        new("^" + Place + DatePart + @"[ \t]*\((?<outlet>[^()\r\n]{1,40})\)[ \t]*" + Dash, "(", ")", Dashes),

        // NEW YORK, Sept. 20, 2025 /PRNewswire/ --
        new("^" + Place + DatePart + @"[ \t]*/(?<outlet>[^/\r\n]{1,40})/[ \t]*" + Dash, "/", Dashes),

        // (CNN) —
        new(@"^\((?<outlet>[^()\r\n]{1,40})\)[ \t]*" + Dash, "(", ")", Dashes),

        // إيلاف من الرباط:
        new("^" + QuotedName + @"[ \t]+من[ \t]+" + Place + @"[ \t]*:", "م", "ن", ":"),

        // الرباط - إيلاف:
        new("^" + Place + @"[ \t]*" + Dash + @"[ \t]*" + QuotedName + @"[ \t]*:", Dashes, ":"),

        // BEIRUT — (capital letters only: a plain word and a dash is too common in running text)
        new(@"^(?<city>\p{Lu}[\p{Lu}.'’]+(?:[ \t]+\p{Lu}[\p{Lu}.'’]*){0,3})(?:,[ \t]+[^\r\n—–-]{1,30}?)?[ \t]+" + Dash + @"[ \t]", Dashes),
    ];

    public static Dateline Parse(string lead)
    {
        var head = lead.Length > SearchLength ? lead.Substring(0, SearchLength) : lead;
        foreach (var form in Forms)
        {
            if (!form.CanMatch(head))
            {
                continue;
            }

            var match = form.Pattern.Match(head);
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

    private sealed class DatelineForm
    {
        private readonly char[][] _required;

        /// <param name="required">For each string, one of its characters must be in the text for a match.</param>
        public DatelineForm(string pattern, params string[] required)
        {
            // No match timeout: the text is at most SearchLength characters, every pattern is anchored at its start
            // and no unbounded quantifier nests in another, so a match cannot run away; a timeout would cost a
            // clock read per match, which in the compiler cost more than the matching.
            Pattern = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
            _required = Array.ConvertAll(required, anyOf => anyOf.ToCharArray());
        }

        public Regex Pattern { get; }

        public bool CanMatch(string text) => Array.TrueForAll(_required, anyOf => text.IndexOfAny(anyOf) >= 0);
    }
}
