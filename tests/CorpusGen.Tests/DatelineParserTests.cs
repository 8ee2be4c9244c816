using CorpusGen.Parsing;

namespace CorpusGen.Tests;

public class DatelineParserTests
{
    // Real-looking leads, Arabic and English, with the outlet, city and region a reader would give them; null where
    // there is no dateline.
    [Theory]
    // The seed's form and its variants.
    [InlineData("إيلاف من الرباط: يجري المدير العام", "إيلاف", "الرباط", null)]
    [InlineData("إيلاف من الرباط - يجري المدير العام", "إيلاف", "الرباط", null)]
    [InlineData("إيلاف من الرباط – يجري المدير العام", "إيلاف", "الرباط", null)]
    [InlineData("إيلاف من الدار البيضاء: أعلنت الشرطة", "إيلاف", "الدار البيضاء", null)]
    [InlineData("الرباط - إيلاف: يجري المدير العام", "إيلاف", "الرباط", null)]
    // Arabic agencies in parentheses.
    [InlineData("القاهرة (رويترز) - قال مسؤولون", "رويترز", "القاهرة", null)]
    [InlineData("باريس (أ ف ب) - أعلنت الحكومة", "أ ف ب", "باريس", null)]
    [InlineData("برلين (د ب أ) - قالت المستشارية", "د ب أ", "برلين", null)]
    [InlineData("الرياض (واس) - استقبل ولي العهد", "واس", "الرياض", null)]
    [InlineData("الرباط (ماب) - ترأس الملك", "ماب", "الرباط", null)]
    [InlineData("الكويت (كونا) - أكد وزير الخارجية", "كونا", "الكويت", null)]
    [InlineData("مانيلا، 3 ديسمبر (رويترز) - قال مسؤولون", "رويترز", "مانيلا", null)]
    [InlineData("القاهرة، الاثنين (أ ش أ) - أعلن", "أ ش أ", "القاهرة", null)]
    [InlineData("كييف، أوكرانيا (أ ف ب) - قال الجيش", "أ ف ب", "كييف", "أوكرانيا")]
    // Arabic papers after a dash, quoted or not.
    [InlineData("دبي - «الخليج»: أعلنت هيئة الطرق", "الخليج", "دبي", null)]
    [InlineData("بيروت - \"النهار\": عقد مجلس الوزراء", "النهار", "بيروت", null)]
    [InlineData("عمّان - بترا: افتتح وزير التربية", "بترا", "عمّان", null)]
    [InlineData("لندن - \"الشرق الأوسط\": قال", "الشرق الأوسط", "لندن", null)]
    // Wire services.
    [InlineData("LONDON (Reuters) - The British Museum said", "Reuters", "LONDON", null)]
    [InlineData("WASHINGTON, Dec 3 (Reuters) - U.S. officials", "Reuters", "WASHINGTON", null)]
    [InlineData("NEW YORK (AP) — Stocks rose", "AP", "NEW YORK", null)]
    [InlineData("KYIV, Ukraine (AP) — Officials said", "AP", "KYIV", "Ukraine")]
    [InlineData("PORTLAND, Ore. (AP) — A wildfire", "AP", "PORTLAND", "Ore.")]
    [InlineData("SAN JUAN, Puerto Rico, Sept. 21 (Reuters) - Power was", "Reuters", "SAN JUAN", "Puerto Rico")]
    [InlineData("RIO DE JANEIRO, Feb 3 (Reuters) - Brazil's", "Reuters", "RIO DE JANEIRO", null)]
    [InlineData("Rio de Janeiro (CNN) — Carnival", "CNN", "Rio de Janeiro", null)]
    [InlineData("London (CNN) — The Bank of England", "CNN", "London", null)]
    [InlineData("(CNN) — A storm hit", "CNN", null, null)]
    [InlineData("NEW YORK, Sept. 20, 2025 /PRNewswire/ -- Acme Corp announced", "PRNewswire", "NEW YORK", null)]
    [InlineData("AUSTIN, Texas, March 4, 2025 /PRNewswire/ -- Acme", "PRNewswire", "AUSTIN", "Texas")]
    // Places of several words or with hyphens, a region, a date, no agency.
    [InlineData("WINSTON-SALEM, N.C., March 2 - The tobacco company", null, "WINSTON-SALEM", "N.C.")]
    [InlineData("PORT-AU-PRINCE, March 5 - Gangs blocked", null, "PORT-AU-PRINCE", null)]
    [InlineData("KNOKKE-HEIST, Belgium, April 1 - The mayor", null, "KNOKKE-HEIST", "Belgium")]
    [InlineData("FORT LAUDERDALE, Fla., Feb 26 - A jury", null, "FORT LAUDERDALE", "Fla.")]
    [InlineData("ST. LOUIS, Jan 8 - The Cardinals", null, "ST. LOUIS", null)]
    [InlineData("ATLANTA , March 3 - Delta said", null, "ATLANTA", null)]
    [InlineData("CHICAGO, September 12, 2024 - Grain prices", null, "CHICAGO", null)]
    [InlineData("BEIRUT — The government resigned", null, "BEIRUT", null)]
    [InlineData("GAZA CITY, Monday - Residents", null, "GAZA CITY", null)]
    [InlineData("دبي، 3 ديسمبر كانون الأول 2025 (وام) - أعلنت", "وام", "دبي", null)]
    [InlineData("بيروت، الخميس 3 ديسمبر (أ ف ب) - قال", "أ ف ب", "بيروت", null)]
    [InlineData("WASHINGTON, Dec 3rd (Reuters) - Officials", "Reuters", "WASHINGTON", null)]
    [InlineData("GENEVA, Nov 28-29 (Reuters) - Talks", "Reuters", "GENEVA", null)]
    [InlineData("طهران، ۳ دی (ایرنا) - گفت", "ایرنا", "طهران", null)]
    // Not datelines.
    [InlineData("وقال مسؤول من الحكومة - في تصريح", null, null, null)]
    [InlineData("عدد كبير من المسؤولين - وفق مصادر", null, null, null)]
    [InlineData("I - I think it was over.", null, null, null)]
    [InlineData("A — and then the rain came.", null, null, null)]
    [InlineData("The government said on Monday it would resign.", null, null, null)]
    [InlineData("قالت الحكومة يوم الاثنين إنها ستستقيل.", null, null, null)]
    [InlineData("Officials - who spoke anonymously - said", null, null, null)]
    [InlineData("John Smith: I never saw the letter, he told the court.", null, null, null)]
    [InlineData("محمد بن سلمان: المملكة ماضية في الإصلاح", null, null, null)]
    [InlineData("\"We will not back down,\" the minister said - and left.", null, null, null)]
    [InlineData("«لن نتراجع»، قال الوزير - ثم غادر.", null, null, null)]
    [InlineData("MARKETS RALLY AS INFLATION COOLS", null, null, null)]
    [InlineData("EXCLUSIVE: U.S. WEIGHS NEW SANCTIONS", null, null, null)]
    [InlineData("The company (Acme) - said it would", null, null, null)]
    [InlineData("Shares of Acme Corp. (ACME) - rose", null, null, null)]
    [InlineData("2025 (Reuters) - figures", null, null, null)]
    [InlineData("", null, null, null)]
    public void Datelines_give_outlet_city_and_region(string lead, string? outlet, string? city, string? region)
    {
        var dateline = DatelineParser.Parse(lead);

        Assert.Equal((outlet, city, region), (dateline.Outlet, dateline.City, dateline.Region));
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
    [InlineData("WORD-WORD, ", 30)]
    [InlineData("Aa de Bb ", 40)]
    [InlineData("Jan 1, ", 40)]
    [InlineData("ST. ", 60)]
    [InlineData("كلمة، ", 60)]
    public void Adversarial_lead_finds_no_dateline(string piece, int count)
    {
        var lead = string.Concat(Enumerable.Repeat(piece, count));

        Assert.Equal(Dateline.None, DatelineParser.Parse(lead));
    }
}
