using System.Collections;
using CorpusGen.Tests.Helpers;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests;

/// <summary>Find, the facets and the other lookups, compiled and run on a small corpus with every case in it.</summary>
public class LookupTests
{
    private static readonly TestFile[] Files =
    [
        TestFile.Seed(),
        TestFile.Article("001_aa.txt", "date 2025-09-22 LONDON (Reuters) - The museum said."),
        TestFile.Article("002_bb.txt", "date 2025-09-21 PARIS (Reuters) - A second story."),
        TestFile.Article("003_cc.txt", "date 2025-09-22 القاهرة - رويترز: قالت الوزارة."),
        TestFile.Article("004_dd.txt", "date 2025-09-25 No dateline here, in English."),
        TestFile.Article("005_ee.txt", "date 2025-09-19 NEW YORK, Sept. 20, 2025 /PRNewswire/ -- A release."),
    ];

    private static readonly Lazy<LoadedCorpus> Corpus = new(() => LoadedCorpus.Build(Files));

    [Fact]
    public void Find_looks_ids_up_in_a_table_built_at_compile_time()
    {
        var corpus = Corpus.Value;

        Assert.All(corpus.All, article => Assert.Same(article.Instance, corpus.Find(article.Id)!.Instance));
        Assert.Null(corpus.Find("AA"));
        Assert.Null(corpus.Find(""));
        Assert.Null(corpus.Find("a\uD800"));
        Assert.Null(corpus.Find(new string('a', 1000)));
        Assert.Throws<ArgumentNullException>(() => corpus.Call("Find", [null]));
    }

    [Fact]
    public void Dates_give_the_corpus_span_and_ranges_in_date_then_file_name_order()
    {
        var corpus = Corpus.Value;

        Assert.Equal(new DateOnly(2025, 9, 19), corpus.Static<DateOnly>("FirstDate"));
        Assert.Equal(new DateOnly(2025, 9, 25), corpus.Static<DateOnly>("LastDate"));
        Assert.Equal(["ee", "801cc98336fcfd6a", "bb", "aa", "cc", "dd"], Ids(corpus.Call("Between", [new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)])));
        Assert.Equal(["bb", "aa", "cc"], Ids(corpus.Call("Between", [new DateOnly(2025, 9, 21), new DateOnly(2025, 9, 22)])));
        Assert.Equal(["aa", "cc"], Ids(corpus.Call("OnDate", [new DateOnly(2025, 9, 22)])));
        Assert.Empty(Ids(corpus.Call("OnDate", [new DateOnly(2025, 9, 23)])));
        Assert.Empty(Ids(corpus.Call("Between", [new DateOnly(2025, 9, 22), new DateOnly(2025, 9, 21)])));
        Assert.Empty(Ids(corpus.Call("Between", [DateOnly.MinValue, new DateOnly(2025, 9, 18)])));
        Assert.Equal(6, Ids(corpus.Call("Between", [DateOnly.MinValue, DateOnly.MaxValue])).Count);
    }

    [Fact]
    public void Outlets_and_cities_are_facets_with_a_member_each_most_articles_first()
    {
        var corpus = Corpus.Value;
        var outlets = corpus.Nested("Outlets");

        Assert.Equal(["Reuters (2)", "PRNewswire (1)", "إيلاف (1)", "رويترز (1)"], Facets(outlets).Select(facet => facet.ToString()));
        var reuters = outlets.GetProperty("Reuters")!.GetValue(null)!;
        Assert.Same(reuters, Facets(outlets)[0]);
        Assert.Equal("Reuters", Get<string>(reuters, "Name"));
        Assert.Equal(2, Get<int>(reuters, "Count"));
        Assert.Equal(new DateOnly(2025, 9, 21), Get<DateOnly>(reuters, "FirstDate"));
        Assert.Equal(new DateOnly(2025, 9, 22), Get<DateOnly>(reuters, "LastDate"));
        Assert.Equal(["aa", "bb"], Ids(Get<object>(reuters, "Articles")));
        Assert.Equal("إيلاف", Get<string>(outlets.GetProperty("إيلاف")!.GetValue(null)!, "Name"));
        Assert.Equal(["dd"], Ids(outlets.GetProperty("Unknown")!.GetValue(null)!));

        var cities = corpus.Nested("Cities");
        Assert.Equal(["LONDON", "NEW YORK", "PARIS", "الرباط"], Facets(cities).Select(facet => Get<string>(facet, "Name")).Order(StringComparer.Ordinal).Take(4));
        Assert.Equal(["ee"], Ids(Get<object>(cities.GetProperty("NEW_YORK")!.GetValue(null)!, "Articles")));
        Assert.Equal(Files.Length, Facets(cities).Sum(facet => Get<int>(facet, "Count")) + Ids(cities.GetProperty("Unknown")!.GetValue(null)!).Count);
    }

    [Fact]
    public void By_outlet_city_and_script_give_the_articles_in_All_order_and_none_for_an_unknown_value()
    {
        var corpus = Corpus.Value;

        Assert.Equal(["aa", "bb"], Ids(corpus.Call("ByOutlet", ["Reuters"])));
        Assert.Empty(Ids(corpus.Call("ByOutlet", ["reuters"])));
        Assert.Empty(Ids(corpus.Call("ByOutlet", [""])));
        Assert.Equal(["cc"], Ids(corpus.Call("ByCity", ["القاهرة"])));
        Assert.Empty(Ids(corpus.Call("ByCity", ["Atlantis"])));
        Assert.Throws<ArgumentNullException>(() => corpus.Call("ByOutlet", [null]));
        Assert.Throws<ArgumentNullException>(() => corpus.Call("ByCity", [null]));

        var script = corpus.Type("Test.ArticleScript");
        Assert.Equal(["801cc98336fcfd6a", "cc"], Ids(corpus.Call("ByScript", [Enum.Parse(script, "Arabic")])));
        Assert.Equal(["aa", "bb", "dd", "ee"], Ids(corpus.Call("ByScript", [Enum.Parse(script, "Latin")])));
        Assert.Empty(Ids(corpus.Call("ByScript", [Enum.Parse(script, "Thai")])));
    }

    [Fact]
    public void A_list_that_several_lookups_return_reads_alike_through_each()
    {
        // Without headers and in one script, the articles with no section, tag or author, and those of the script,
        // are all of All: the table holds that list once.
        var corpus = LoadedCorpus.Build(
        [
            TestFile.Article("001_a1.txt", "date 2025-09-22 القاهرة - رويترز: قالت الوزارة."),
            TestFile.Article("002_a2.txt", "date 2025-09-21 الرباط - إيلاف: خبر ثان."),
            TestFile.Article("003_a3.txt", "date 2025-09-20 بيروت - رويترز: خبر ثالث."),
        ]);

        var all = Ids(corpus.Static<object>("All"));
        Assert.Equal(["a1", "a2", "a3"], all);
        Assert.All(["Sections", "Tags", "Authors"], facet => Assert.Equal(all, Ids(corpus.Nested(facet).GetProperty("Unknown")!.GetValue(null)!)));
        Assert.Equal(all, Ids(corpus.Call("ByScript", [Enum.Parse(corpus.Type("Test.ArticleScript"), "Arabic")])));
        Assert.Equal(["a1", "a3"], Ids(corpus.Call("ByOutlet", ["رويترز"])));
        Assert.Equal(["a3", "a2", "a1"], Ids(corpus.Call("Between", [DateOnly.MinValue, DateOnly.MaxValue])));
    }

    [Fact]
    public void A_lookup_result_is_a_read_only_list_that_composes_with_Linq()
    {
        var list = (IReadOnlyList<object>)Corpus.Value.Call("ByOutlet", ["Reuters"])!;

        Assert.Equal(2, list.Count);
        Assert.Equal("bb", Get<string>(list[1], "Id"));
        Assert.Throws<ArgumentOutOfRangeException>(() => list[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
        Assert.Equal(["aa"], list.Where(article => Get<string>(article, "City") == "LONDON").Select(article => Get<string>(article, "Id")));
    }

    [Fact]
    public void Hostile_dateline_values_get_safe_member_names_and_compile()
    {
        string[] outlets = ["class", "123", "A\u202EB", "\"Q\"", "New-York", "New York", "All", "Unknown", "Outlets", "Equals", "\u064C"];
        var files = outlets.Select((outlet, i) => TestFile.Article($"{i:000}_{i:x2}.txt", $"date 2025-01-0{1 + (i % 9)} LONDON ({outlet}) - Text {i}.")).ToList();

        var run = GeneratorHarness.Run(files, null, LoadedCorpus.ProbeSource);

        Assert.Empty(run.CompilationProblems);
        var members = run.Source("NewsCorpus.Lookups.g.cs").Split('\n').Where(line => line.Contains("public static global::Test.ArticleFacet ", StringComparison.Ordinal)).ToList();
        // A member per outlet, and one for the city they share.
        Assert.Equal(outlets.Length + 1, members.Count);
        Assert.DoesNotContain(members, line => line.Contains('\u202E'));
        var renamed = run.GeneratorDiagnostics.Where(diagnostic => diagnostic.Id == "CGN017").Select(diagnostic => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(run.GeneratorDiagnostics.Where(diagnostic => diagnostic.Id == "CGN017"), diagnostic => Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity));
        Assert.Contains("The outlet 'New-York' is exposed as 'Outlets.New_York_2' because another outlet gives the same name", renamed);
        Assert.Contains("The outlet 'class' is exposed as 'Outlets.Value_class' because the outlet is a C# keyword", renamed);
        Assert.Contains("The outlet 'All' is exposed as 'Outlets.Value_All' because 'All' is a member the Outlets class already has", renamed);

        var corpus = new LoadedCorpus(run.Load());
        Assert.Equal(outlets.Length, Facets(corpus.Nested("Outlets")).Count);
        foreach (var outlet in outlets)
        {
            Assert.Equal(outlet, Get<string>(Assert.Single((IEnumerable<object>)corpus.Call("ByOutlet", [outlet])!), "Outlet"));
        }
    }

    private static readonly TestFile[] HeaderFiles =
    [
        TestFile.Article("000_a0.txt", "date 2025-09-20\nsection سياسة\ntags الأمن, تركيا\nauthor إيلاف\n\nإيلاف من الرباط: نص."),
        TestFile.Article("001_a1.txt", "date 2025-09-22\nsection World\ntags Markets، الأمن\nauthor Jane Doe\nauthor John Roe\n\nLONDON (Reuters) - Text."),
        TestFile.Article("002_a2.txt", "date 2025-09-21\nsection سياسة\nauthor Jane Doe\n\nText without tags."),
        TestFile.Article("003_a3.txt", "date 2025-09-23 No header at all."),
    ];

    [Fact]
    public void Sections_tags_and_authors_are_facets_and_an_article_is_in_each_of_its_values()
    {
        var corpus = LoadedCorpus.Build(HeaderFiles);

        Assert.Equal(["سياسة (2)", "World (1)"], Facets(corpus.Nested("Sections")).Select(facet => facet.ToString()));
        Assert.Equal(["الأمن (2)", "Markets (1)", "تركيا (1)"], Facets(corpus.Nested("Tags")).Select(facet => facet.ToString()));
        Assert.Equal(["Jane Doe (2)", "John Roe (1)", "إيلاف (1)"], Facets(corpus.Nested("Authors")).Select(facet => facet.ToString()));

        var security = corpus.Nested("Tags").GetProperty("الأمن")!.GetValue(null)!;
        Assert.Equal(["a0", "a1"], Ids(Get<object>(security, "Articles")));
        Assert.Equal((new DateOnly(2025, 9, 20), new DateOnly(2025, 9, 22)), (Get<DateOnly>(security, "FirstDate"), Get<DateOnly>(security, "LastDate")));
        Assert.Equal(["a1", "a2"], Ids(Get<object>(corpus.Nested("Authors").GetProperty("Jane_Doe")!.GetValue(null)!, "Articles")));

        Assert.Equal(["a0", "a2"], Ids(corpus.Call("BySection", ["سياسة"])));
        Assert.Equal(["a0", "a1"], Ids(corpus.Call("ByTag", ["الأمن"])));
        Assert.Equal(["a1"], Ids(corpus.Call("ByAuthor", ["John Roe"])));
        Assert.Empty(Ids(corpus.Call("ByTag", ["markets"])));
        Assert.Empty(Ids(corpus.Call("BySection", ["Sports"])));
        Assert.Throws<ArgumentNullException>(() => corpus.Call("BySection", [null]));
        Assert.Throws<ArgumentNullException>(() => corpus.Call("ByTag", [null]));
        Assert.Throws<ArgumentNullException>(() => corpus.Call("ByAuthor", [null]));

        Assert.Equal(["a3"], Ids(corpus.Nested("Sections").GetProperty("Unknown")!.GetValue(null)!));
        Assert.Equal(["a2", "a3"], Ids(corpus.Nested("Tags").GetProperty("Unknown")!.GetValue(null)!));
        Assert.Equal(["a3"], Ids(corpus.Nested("Authors").GetProperty("Unknown")!.GetValue(null)!));
    }

    [Fact]
    public void Hostile_header_values_get_safe_member_names_and_compile()
    {
        string[] values = ["class", "123", "A\u202EB", "\"Q\"", "New-York", "New York", "All", "Unknown", "Tags", "ToString", "\u064C", "*/ </summary>", new string('a', 1100), new string('ع', 600), new string('ع', 599) + "b"];
        var files = values.Select((value, i) => TestFile.Article($"{i:000}_{i:x2}.txt", $"date 2025-01-0{1 + (i % 9)}\nsection {value}\ntags {value}\nauthor {value}\n\nText {i}.")).ToList();

        var run = GeneratorHarness.Run(files, null, LoadedCorpus.ProbeSource);

        Assert.Empty(run.CompilationProblems);
        var renamed = run.GeneratorDiagnostics.Where(diagnostic => diagnostic.Id == "CGN017").Select(diagnostic => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains("The tag 'Tags' is exposed as 'Tags.Value_Tags' because 'Tags' is a member the Tags class already has", renamed);
        Assert.Contains("The section 'class' is exposed as 'Sections.Value_class' because the section is a C# keyword", renamed);
        Assert.Contains("The author 'New-York' is exposed as 'Authors.New_York_2' because another author gives the same name", renamed);
        Assert.Contains($"The tag '{new string('a', 1100)}' is exposed as 'Tags.{new string('a', 255)}' because the tag is longer than a member name may be (255 characters)", renamed);
        Assert.Contains($"The author '{new string('ع', 599)}b' is exposed as 'Authors.{new string('ع', 255)}' because the author is longer than a member name may be (255 characters)", renamed);
        Assert.Contains($"The author '{new string('ع', 600)}' is exposed as 'Authors.{new string('ع', 255)}_2' because another author gives the same name", renamed);
        var corpus = new LoadedCorpus(run.Load());
        foreach (var value in values)
        {
            Assert.Equal(value, Get<string>(Assert.Single((IEnumerable<object>)corpus.Call("BySection", [value])!), "Section"));
            Assert.Single((IEnumerable<object>)corpus.Call("ByTag", [value])!);
            Assert.Single((IEnumerable<object>)corpus.Call("ByAuthor", [value])!);
        }
    }

    [Fact]
    public void Names_of_any_code_points_are_found_though_UTF_16_and_UTF_8_order_them_differently()
    {
        // U+FF21 sorts after a surrogate pair in UTF-16 units and before it in code points, the tables' order.
        string[] names = ["\uFF21x", "\U0001D400x", "\U0001D400", "é", "e", "z", "\u0645\u0635\u0631", "\U0001F600\uFF21"];
        var files = names.Select((name, i) => TestFile.Article($"{name}.txt", $"date 2025-01-0{1 + i} LONDON ({name}) - Text {i}.")).ToList();

        var run = GeneratorHarness.Run(files, null, LoadedCorpus.ProbeSource);

        Assert.Empty(run.CompilationProblems);
        var corpus = new LoadedCorpus(run.Load());
        foreach (var name in names)
        {
            Assert.Equal(name, corpus.Find(name)!.Id);
            Assert.Equal(name, Get<string>(Assert.Single((IEnumerable<object>)corpus.Call("ByOutlet", [name])!), "Outlet"));
        }

        Assert.Null(corpus.Find("\U0001D400y"));
        Assert.Null(corpus.Find("\uD835"));
        Assert.Null(corpus.Find("\uDC00"));
        Assert.Null(corpus.Find("\U0001D400\uD835"));
        Assert.Empty(Ids(corpus.Call("ByOutlet", ["\uFF21"])));
    }

    private static List<string> Ids(object? articles) => ((IEnumerable)articles!).Cast<object>().Select(article => Get<string>(article, "Id")).ToList();

    private static List<object> Facets(Type facetClass) => ((IEnumerable)facetClass.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();

    private static T Get<T>(object instance, string property) => (T)instance.GetType().GetProperty(property)!.GetValue(instance)!;
}
