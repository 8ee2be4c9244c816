using CorpusGen.Parsing;

namespace CorpusGen.Tests;

public class DatelineParserTests
{
    [Theory]
    [InlineData("إيلاف من الرباط: يجري المدير العام", "إيلاف", "الرباط")]
    [InlineData("الرباط - إيلاف: يجري المدير العام", "إيلاف", "الرباط")]
    [InlineData("LONDON (Reuters) - The British Museum said", "Reuters", "LONDON")]
    [InlineData("مانيلا، 3 ديسمبر (رويترز) - قال مسؤولون", "رويترز", "مانيلا")]
    [InlineData("WASHINGTON, Dec 3 (Reuters) - U.S. officials", "Reuters", "WASHINGTON")]
    [InlineData("NEW YORK (AP) — Stocks rose", "AP", "NEW YORK")]
    [InlineData("KYIV, Ukraine (AP) — Officials said", "AP", "KYIV")]
    [InlineData("باريس (أ ف ب) - أعلنت الحكومة", "أ ف ب", "باريس")]
    [InlineData("(CNN) — A storm hit", "CNN", null)]
    [InlineData("NEW YORK, Sept. 20, 2025 /PRNewswire/ -- Acme Corp announced", "PRNewswire", "NEW YORK")]
    [InlineData("BEIRUT — The government resigned", null, "BEIRUT")]
    [InlineData("لندن - \"الشرق الأوسط\": قال", "الشرق الأوسط", "لندن")]
    public void Common_datelines_give_outlet_and_city(string lead, string? outlet, string? city)
    {
        var dateline = DatelineParser.Parse(lead);

        Assert.Equal(outlet, dateline.Outlet);
        Assert.Equal(city, dateline.City);
    }

    [Theory]
    [InlineData("The government said on Monday it would resign.")]
    [InlineData("قالت الحكومة يوم الاثنين إنها ستستقيل.")]
    [InlineData("Officials - who spoke anonymously - said")]
    [InlineData("")]
    public void Lead_without_dateline_gives_neither(string lead)
    {
        Assert.Equal(Dateline.None, DatelineParser.Parse(lead));
    }

    // Leads built to make a backtracking matcher try every split of the words before failing: the matcher has no
    // timeout, so these must simply finish.
    [Theory]
    [InlineData("WORD WORD WORD WORD, ", 40)]
    [InlineData("كلمة كلمة كلمة كلمة، ", 40)]
    [InlineData("من ", 80)]
    [InlineData("A. ", 80)]
    [InlineData("(x ", 60)]
    [InlineData("Aa-", 80)]
    public void Adversarial_lead_finds_no_dateline(string piece, int count)
    {
        var lead = string.Concat(Enumerable.Repeat(piece, count));

        Assert.Equal(Dateline.None, DatelineParser.Parse(lead));
    }
}
