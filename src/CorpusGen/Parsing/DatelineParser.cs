using System;
using System.Text.RegularExpressions;

namespace CorpusGen.Parsing;

/// <summary>
/// The outlet, city and region a news article's first paragraph opens with: <c>Ore.</c> of <c>PORTLAND, Ore.</c>,
/// <c>Belgium</c> of <c>KNOKKE-HEIST, Belgium</c>.
/// </summary>
public readonly record struct Dateline(string? Outlet, string? City, string? Region)
{
    public static Dateline None => default;
}

/// <summary>
/// Reads the dateline forms of wire services and Arab outlets from the start of the lead: a place, then its region
/// and a date after commas, then the agency in parentheses or slashes and a dash (<c>LONDON (Reuters) -</c>,
/// <c>مانيلا، 3 ديسمبر (رويترز) -</c>, <c>KYIV, Ukraine (AP) —</c>, <c>NEW YORK, Sept. 20, 2025 /PRNewswire/ --</c>),
/// or a place in capitals and a dash with no agency (<c>WINSTON-SALEM, N.C., March 2 -</c>, <c>BEIRUT —</c>);
/// <c>(CNN) —</c>; and the Arabic paper forms <c>إيلاف من الرباط:</c> and <c>دبي - «الخليج»:</c>.
/// A lead that opens with a name and a colon, a quotation, or capitals without a dash has no dateline.
/// </summary>
public static class DatelineParser
{
    // A dateline sits in the first words of the lead; looking further only invites false matches.
    private const int SearchLength = 160;

    private const string Dash = @"(?:--|[-–—])";

    // A place's words start with a capital or a letter of a script without case (Arabic), and may hold hyphens and
    // points (WINSTON-SALEM, ST. LOUIS, عمّان); the small words of names like Rio de Janeiro and Frankfurt am Main may join them.
    private const string PlaceWord = @"[\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}.'’-]*";
    private const string Joiner = "(?:de|da|do|del|della|di|du|des|la|le|el|al|am|y)";
    private const string Place = PlaceWord + @"(?:[ \t]+(?:" + Joiner + @"[ \t]+)?" + PlaceWord + "){0,3}";
    // The first word has two letters at least: "I - think" and "A — and then" are no datelines.
    private const string CapitalWord = @"\p{Lu}[\p{Lu}.'’-]+";
    private const string CapitalPlace = "(?:" + CapitalWord + @")(?:[ \t]+(?:" + CapitalWord + @"|\p{Lu})){0,3}";

    // A date names a month or a weekday, or holds a day's number: Dec 3, Sept. 20, 2025, 3 ديسمبر, 3 كانون الأول.
    private const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
    private const string Weekday = @"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
    private const string ArabicWeekday = "(?:يوم[ \\t]+)?(?:ال)?(?:اثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|جمعه|سبت|أحد|احد)";
    // A day: 3, 3rd, 28-29, in ASCII, Arabic-Indic or Persian digits.
    private const string Day = @"[0-9٠-٩۰-۹]{1,2}(?:st|nd|rd|th)?(?:[-–][0-9٠-٩۰-۹]{1,2})?";
    private const string Year = @"[0-9٠-٩۰-۹]{4}";

    // The day, then the month in up to three words: 3 ديسمبر, 3 كانون الأول 2025.
    private const string DayThenMonth = Day + @"[ \t]+\p{L}+(?:[ \t]+\p{L}+){0,2}(?:[ \t]+" + Year + ")?";
    private const string Date =
        "(?:(?:" + Weekday + @",?[ \t]+)?" + Month + @"[ \t]+" + Day + @"(?:,?[ \t]+" + Year + ")?" +
        "|" + Weekday +
        "|" + ArabicWeekday + @"(?:[ \t]+" + DayThenMonth + ")?" +
        "|" + DayThenMonth + ")";

    private const string Comma = @"[ \t]*[,،][ \t]*";

    // A region is a place without a digit after the city's comma: N.C., Ore., Belgium, أوكرانيا.
    private const string Region = "(?:" + Comma + "(?!(?:" + Month + "|" + Weekday + "|" + ArabicWeekday + @")(?!\p{L}))(?<region>" + PlaceWord + @"(?:[ \t]+" + PlaceWord + "){0,2}))?";
    private const string DatePart = "(?:" + Comma + Date + ")?";
    private const string Name = @"(?<outlet>[\p{L}\p{M}][\p{L}\p{M}.'’]*(?:[ \t]+[\p{L}\p{M}][\p{L}\p{M}.'’]*){0,2})";
    private const string QuotedName = "[\"«“]?" + Name + "[\"»”]?";

    private const string Dashes = "-–—";

    // Each form with the characters a match cannot do without: a form whose characters the lead lacks is not tried,
    // which spares most leads most of the regex work.
    private static readonly DatelineForm[] Forms =
    [
        // LONDON (Reuters) - / مانيلا، 3 ديسمبر (رويترز) - / KYIV, Ukraine (AP) — / القاهرة (رويترز) -
        new("^(?<city>" + Place + ")" + Region + DatePart + @"[ \t]*\((?<outlet>[^()\r\n]{1,40})\)[ \t]*" + Dash, "(", ")", Dashes),

        // NEW YORK, Sept. 20, 2025 /PRNewswire/ --
        new("^(?<city>" + Place + ")" + Region + DatePart + @"[ \t]*/(?<outlet>[^/\r\n]{1,40})/[ \t]*" + Dash, "/", Dashes),

        // (CNN) —
        new(@"^\((?<outlet>[^()\r\n]{1,40})\)[ \t]*" + Dash, "(", ")", Dashes),

        // إيلاف من الرباط: / إيلاف من الرباط - (a dash only after a one-word outlet: "عدد كبير من المسؤولين -" is prose)
        new("^" + QuotedName + @"[ \t]+من[ \t]+(?<city>" + Place + @")[ \t]*:", "م", "ن", ":"),
        new(@"^[""«“]?(?<outlet>[\p{L}\p{M}][\p{L}\p{M}.'’]*)[""»”]?[ \t]+من[ \t]+(?<city>" + Place + @")[ \t]*" + Dash + @"[ \t]", "م", "ن", Dashes),

        // الرباط - إيلاف: / دبي - «الخليج»: / عمّان - بترا:
        new("^(?<city>" + Place + @")[ \t]*" + Dash + @"[ \t]*" + QuotedName + @"[ \t]*:", Dashes, ":"),

        // BEIRUT — / WINSTON-SALEM, N.C., March 2 - / ATLANTA , March 3 - (a place in capitals only: a plain word and a
        // dash is too common in running text)
        new("^(?<city>" + CapitalPlace + ")" + Region + DatePart + @"[ \t]+" + Dash + @"[ \t]", Dashes),
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
                return new Dateline(Value(match.Groups["outlet"]), Value(match.Groups["city"]), Value(match.Groups["region"]));
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
