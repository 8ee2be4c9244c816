using System.Reflection;
using System.Text;
using CorpusGen.Parsing;
using CorpusGen.Text;
using CorpusGen.Tests.Helpers;

namespace CorpusGen.Tests;

/// <summary>Every character survives the trip from file to <c>Text</c>, and no text can change the program.</summary>
public class EscapingTests
{
    public static TheoryData<string, string> HostileTexts => new()
    {
        { "quotes", "He said \"no\" and 'yes' and \"\"\"raw\"\"\" and \"\"\"\"" },
        { "backslashes", @"C:\new\table \u0041 \x41 \\ \" },
        { "braces", "{0} {{ }} $\"{x}\" @\"{y}\"" },
        { "comment_enders", "*/ /* // <!-- --> ]]> <![CDATA[" },
        { "xml", "</summary><summary>&amp; & < > <c>code</c> <see cref=\"X\"/>" },
        { "nul_and_c0", "a\u0000b\u0001c\u0007d\u001Be\u001Ff\u007F" },
        { "c1", "a\u0080b\u0085c\u009Fd" },
        { "line_terminators", "one\u2028two\u2029three\u0085four\u000Bfive\u000Csix" },
        { "bidi", "abc \u202Ereversed\u202C \u202A\u202B\u202D \u2066\u2067\u2068\u2069 end" },
        { "marks", "\u200Eleft\u200F right \u200D joiner \u200C non-joiner \u061C alm \u00AD shy" },
        { "bom_inside", "before\uFEFFafter \uFEFF" },
        { "astral", "emoji 😀👩‍👩‍👧 flags 🇲🇦 math 𝐀 han 𠀋 music 𝄞" },
        { "combining", "e\u0301 a\u0308 Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇" },
        { "arabic_diacritics", "إِيلَافُ مِنَ الرِّبَاطِ: يَجْرِي ﷺ ﷽ ٠١٢٣" },
        { "private_use_and_nonchars", "\uE000\uF8FF \uFFFE \uFFFF \uFFFC" },
        { "tabs_and_cr", "a\tb\rc\r\nd\n\te" },
        { "code_like", "\"u8; } public static int Injected => 42; } class Evil { } //" },
        { "preprocessor", "x\n#error boom\n#if false\n#define X\n#pragma warning disable" },
        { "unicode_escapes_literal", "\\u0022 \\U0001F600 \\x22" },
    };

    /// <summary>Each text in both storages: sliced from the embedded file, and in a UTF-8 literal.</summary>
    public static TheoryData<string, string, bool> HostileTextsInBothStorages()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var row in HostileTexts)
        {
            data.Add((string)row[0], (string)row[1], true);
            data.Add((string)row[0], (string)row[1], false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostileTextsInBothStorages))]
    public void Text_round_trips_and_nothing_leaks_into_the_program(string name, string body, bool embedded)
    {
        var fileName = $"000_{name}.txt";
        var properties = new Dictionary<string, string> { ["CorpusGenEmbedArticles"] = embedded ? "true" : "false", ["CorpusGenSearch"] = "true" };
        var corpus = LoadedCorpus.Build([TestFile.Article(fileName, "date 2025-01-01 " + body)], properties, embedded);

        var article = Assert.Single(corpus.All);
        var expected = body.TrimEnd(UnicodeWhiteSpace);
        Assert.Equal(expected, article.Text);
        Assert.Equal(Encoding.UTF8.GetBytes(expected), article.Utf8Text);
        AssertOnlyGeneratedTypes(article.Instance.GetType().Assembly, $"Article_000_{name}");

        // Searched for itself, the text finds its article, when it holds a word, and shows a snippet safe to show.
        var hits = ((System.Collections.IEnumerable)corpus.Call("Search", [body, 10])!).Cast<object>().ToList();
        Assert.Equal(CorpusGen.Search.SearchAnalyzer.Analyze(body).Count > 0 ? 1 : 0, hits.Count);
        Assert.All(hits, hit => Assert.DoesNotContain((string)hit.GetType().GetProperty("Snippet")!.GetValue(hit)!, c => UnicodeText.IsInvisibleOrControl(c)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_300_KB_line_round_trips(bool embedded)
    {
        var line = string.Concat(Enumerable.Repeat("كلمة word \"q\" \\ ", 300 * 1024 / 16));
        var properties = new Dictionary<string, string> { ["CorpusGenEmbedArticles"] = embedded ? "true" : "false" };
        var corpus = LoadedCorpus.Build([TestFile.Article("000_long.txt", "date 2025-01-01 " + line)], properties, embedded);

        Assert.Equal(line.TrimEnd(), Assert.Single(corpus.All).Text);
    }

    [Theory]
    [MemberData(nameof(HostileTextsInBothStorages))]
    public void Header_values_round_trip_and_nothing_leaks_into_the_program_or_the_card(string name, string hostile, bool embedded)
    {
        // A value is one line, cut at commas only in tags.
        var value = hostile.Replace('\r', ' ').Replace('\n', ' ');
        var expected = value.Trim(UnicodeWhiteSpace);
        var url = "https://example.com/" + name + "?q=\"x\"&y=</summary>{0}";
        var fileName = $"000_{name}.txt";
        var content = $"date 2025-01-01\ntitle {value}\nauthor {value}\nsection {value}\nurl {url}\ntags one, {value}\nlanguage en\n\nLONDON - Body.";
        var properties = new Dictionary<string, string> { ["CorpusGenEmbedArticles"] = embedded ? "true" : "false", ["CorpusGenSearch"] = "true" };
        var run = GeneratorHarness.Run([TestFile.Article(fileName, content)], properties, LoadedCorpus.ProbeSource);
        var article = Assert.Single(new LoadedCorpus(run.Load(embedArticles: embedded)).All);

        Assert.Equal(expected.Length == 0 ? null : expected, article.Get<string?>("Title"));
        Assert.Equal(expected.Length == 0 ? null : expected, article.Get<string?>("Section"));
        Assert.Equal(expected.Length == 0 ? [] : [expected], article.Get<IReadOnlyList<string>>("Authors"));
        Assert.Equal(url, article.Get<Uri>("Url").OriginalString);
        Assert.Equal(["one", .. value.Split(',').Select(tag => tag.Trim(UnicodeWhiteSpace)).Where(tag => tag.Length > 0 && tag != "one").Distinct()], article.Get<IReadOnlyList<string>>("Tags"));
        Assert.Equal("Body.", article.Text[^5..]);
        AssertOnlyGeneratedTypes(article.Instance.GetType().Assembly, $"Article_000_{name}");
        var card = run.SourceDeclaring($"Article_000_{name}").Split('\n').Where(line => line.TrimStart().StartsWith("///", StringComparison.Ordinal)).ToList();
        Assert.All(card, line => Assert.DoesNotContain(line, c => UnicodeText.IsInvisibleOrControl(c) && c != '\t'));
    }

    [Fact]
    public void Hostile_file_names_stay_data()
    {
        var fileName = "x\"; class Evil {} <c>&<b> \u202E.txt";
        var corpus = LoadedCorpus.Build([TestFile.Article(fileName, "date 2025-01-01 body")], new Dictionary<string, string> { ["CorpusGenSearch"] = "true" });

        var article = Assert.Single(corpus.All);
        Assert.Equal(fileName, article.Get<string>("FileName"));
        AssertOnlyGeneratedTypes(article.Instance.GetType().Assembly, "x_class_Evil_c_b");
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Card_shows_no_invisible_or_reordering_character(string name, string body)
    {
        var run = GeneratorHarness.Run([TestFile.Article($"000_{name}\u202E.txt", $"date 2025-01-01 LONDON ({name}\u202E) - {body}")]);

        var card = run.Sources.Single(source => source.HintName.StartsWith("NewsCorpus.Articles", StringComparison.Ordinal))
            .SourceText.Lines.Select(line => line.ToString()).Where(line => line.TrimStart().StartsWith("///", StringComparison.Ordinal));
        Assert.All(card, line => Assert.DoesNotContain(line, c => UnicodeText.IsInvisibleOrControl(c) && c != '\t'));
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData(1000, "\u200B")]
    [InlineData(3000, " ")]
    [InlineData(700, "\u202E\r\n")]
    [InlineData(0, "")]
    public void Card_previews_the_first_words_of_a_long_lead_whatever_precedes_them(int count, string filler)
    {
        var words = string.Concat(Enumerable.Range(0, 400).Select(i => $"word{i} "));
        var lead = "Start" + string.Concat(Enumerable.Repeat(filler, count)) + " " + words;

        var preview = Emit.DocComment.Preview(lead, 0, lead.Length, Emit.DocComment.LeadPreviewLength);

        Assert.StartsWith("Start word0 word1 ", preview, StringComparison.Ordinal);
        Assert.EndsWith("…", preview, StringComparison.Ordinal);
        Assert.InRange(preview.Length, 150, Emit.DocComment.LeadPreviewLength + 1);
        var longer = "> " + lead + new string('x', 100_000);
        Assert.Equal(preview, Emit.DocComment.Preview(longer, 2, longer.Length - 2, Emit.DocComment.LeadPreviewLength));
    }

    [Fact]
    public void Card_pieces_written_one_after_another_keep_nothing_of_each_other()
    {
        var lead = string.Concat(Enumerable.Range(0, 100).Select(i => $"word{i} & more "));

        var preview = Emit.DocComment.Preview(lead, 0, lead.Length, Emit.DocComment.LeadPreviewLength);
        var shortText = Emit.DocComment.Text("a\u202Eb");
        var shortPreview = Emit.DocComment.Preview("x  y", 0, 4, Emit.DocComment.LeadPreviewLength);

        Assert.StartsWith("word0 &amp; more word1 &amp; more ", preview, StringComparison.Ordinal);
        Assert.EndsWith("…", preview, StringComparison.Ordinal);
        Assert.Equal("ab", shortText);
        Assert.Equal("x y", shortPreview);
        Assert.Equal(preview, Emit.DocComment.Preview(lead, 0, lead.Length, Emit.DocComment.LeadPreviewLength));
    }

    private static readonly char[] UnicodeWhiteSpace =
        ['\t', '\n', '\v', '\f', '\r', ' ', '\u0085', '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000'];

    private static void AssertOnlyGeneratedTypes(Assembly assembly, string articleMember)
    {
        var names = assembly.GetTypes().Where(type => !type.Name.StartsWith('<') && type.DeclaringType is null && type.Namespace == "Test").Select(type => type.Name).Order(StringComparer.Ordinal);
        Assert.Equal(Model.GeneratedNames.SharedTypes.Append("NewsCorpus").Append("Probe").Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));

        // The corpus class's own public members and the article's: nothing else.
        var corpusMembers = assembly.GetType("Test.NewsCorpus")!.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Select(member => member.Name).Where(member => !member.StartsWith("get_", StringComparison.Ordinal)).Distinct();
        var publicMembers = Model.GeneratedNames.CorpusClassMembers.Except([Model.GeneratedNames.IndexClass, Model.GeneratedNames.ArticleAt]);
        Assert.Equal(publicMembers.Append(articleMember).Order(StringComparer.Ordinal), corpusMembers.Order(StringComparer.Ordinal));
    }
}
