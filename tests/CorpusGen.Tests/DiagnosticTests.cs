using System.Globalization;
using CorpusGen.Model;
using CorpusGen.Planning;
using CorpusGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Tests;

public class DiagnosticTests
{
    [Fact]
    public void Each_bad_file_gets_its_own_diagnostic_and_the_good_ones_are_generated()
    {
        var run = GeneratorHarness.Run([
            TestFile.Seed(),
            TestFile.Article("header.txt", " DATE: 20/09/2025 text"),
            TestFile.Article("nothing.txt", ""),
            TestFile.Article("blank.txt", " \r\n\t"),
            TestFile.Article("bare.txt", "date 2025-09-20\n"),
            TestFile.Article("feb30.txt", "\n\ndate 2025-02-30 text"),
            TestFile.Article("month13.txt", "date 2025-13-01 text"),
            TestFile.Article("junk.bin.txt", "\u0001\u0002\uFFFD\u0000PK"),
            TestFile.Article("fine.txt", "date 2025-01-01 Fine."),
        ]);

        var byFile = run.GeneratorDiagnostics.ToDictionary(diagnostic => Path.GetFileName(diagnostic.Location.GetLineSpan().Path), diagnostic => diagnostic);
        Assert.Equal(7, byFile.Count);
        Assert.Equal("CGN001", byFile["header.txt"].Id);
        Assert.Equal("CGN003", byFile["nothing.txt"].Id);
        Assert.Equal("CGN003", byFile["blank.txt"].Id);
        Assert.Equal("CGN003", byFile["bare.txt"].Id);
        Assert.Equal("CGN002", byFile["feb30.txt"].Id);
        Assert.Equal("CGN002", byFile["month13.txt"].Id);
        Assert.Equal("CGN001", byFile["junk.bin.txt"].Id);
        Assert.All(byFile.Values, diagnostic => Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity));

        Assert.Equal(2, byFile["feb30.txt"].Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(5, byFile["feb30.txt"].Location.GetLineSpan().StartLinePosition.Character);
        Assert.Equal("'feb30.txt' is dated '2025-02-30', which is not a date of the Gregorian calendar (2025-02 has 28 days): correct the date", byFile["feb30.txt"].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("'header.txt' must start with a header 'date YYYY-MM-DD' followed by the article text, but it starts with 'DATE: 20/09/2025 text': write the header as 'date 2025-09-20', in lower case and with no colon", byFile["header.txt"].GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains(" Article_000_801cc98336fcfd6a => ", run.SourceDeclaring("Article_000_801cc98336fcfd6a"));
        Assert.Contains(" fine => ", run.SourceDeclaring("fine"));
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Duplicate_id_is_an_error_on_the_second_file_naming_both()
    {
        var run = GeneratorHarness.Run([
            TestFile.Article("000_abc.txt", "date 2025-01-01 First."),
            new TestFile("/project/more/001_abc.txt", "date 2025-01-02 Second."),
        ]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CGN004", diagnostic.Id);
        Assert.Equal("/project/more/001_abc.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("001_abc.txt", diagnostic.GetMessage());
        Assert.Contains("/project/corpus/000_abc.txt", diagnostic.GetMessage());
        Assert.Contains(" Article_000_abc => ", run.SourceDeclaring("Article_000_abc"));
        Assert.DoesNotContain(run.Sources, source => source.SourceText.ToString().Contains("Article_001_abc", StringComparison.Ordinal));
    }

    [Fact]
    public void Replacement_characters_give_a_warning_and_the_article()
    {
        var run = GeneratorHarness.Run([TestFile.Article("broken.txt", "date 2025-01-01 caf\uFFFD au lait")]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CGN005", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains(" broken => ", run.SourceDeclaring("broken"));
        Assert.Contains("as in a file saved in a legacy code page such as windows-1252: save it as UTF-8", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_Arabic_file_in_windows_1256_is_named_as_likely_that_encoding_with_the_fix()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var bytes = System.Text.Encoding.GetEncoding(1256).GetBytes(Seeds.Content);
        var run = GeneratorHarness.Run([TestFile.FromBytes("legacy.txt", bytes)]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CGN005", diagnostic.Id);
        Assert.Equal(
            "'legacy.txt' is not UTF-8: most of its text is bytes the compiler could not decode (read as U+FFFD), as in a file saved in a legacy code page such as windows-1256 or ISO-8859-6 for Arabic; name its encoding with the item's Encoding metadata (Encoding=\"windows-1256\") or CorpusGenEncoding, or save it as UTF-8; the article is generated with the text as the compiler read it",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_file_the_compiler_read_in_a_fallback_encoding_hears_how_to_fix_it()
    {
        // The .NET Framework compiler reads a file that is not UTF-8 in the machine's code page.
        var latin1 = new TestAdditionalText("/project/corpus/old.txt", Microsoft.CodeAnalysis.Text.SourceText.From("date 2025-01-01 caf\u00E9", System.Text.Encoding.Latin1));
        var files = new[] { TestFile.Article("old.txt", "") };
        var driver = GeneratorHarness.CreateDriver([latin1, GeneratorHarness.ArticleList(files)], GeneratorHarness.CreateOptions());
        var result = GeneratorHarness.RunTwice(driver, GeneratorHarness.CreateCompilation());

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CGN005", diagnostic.Id);
        Assert.Contains("is not valid UTF-8 and was read as iso-8859-1: save it as UTF-8", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("class.txt", "Article_class", "keyword")]
    [InlineData("All.txt", "Article_All", "already has")]
    [InlineData("NewsCorpus.txt", "Article_NewsCorpus", "already has")]
    [InlineData("my file.v2.txt", "my_file_v2", "cannot hold")]
    [InlineData("💥.txt", "Article_Unnamed", "cannot hold")]
    public void Adjusted_member_name_is_reported_as_info(string fileName, string member, string reason)
    {
        var run = GeneratorHarness.Run([TestFile.Article(fileName, "date 2025-01-01 x")]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CGN006", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Contains($"'{member}'", diagnostic.GetMessage());
        Assert.Contains(reason, diagnostic.GetMessage());
        Assert.Contains($" {member} => ", run.SourceDeclaring(member));
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData("000_801cc98336fcfd6a.txt", "Article_000_801cc98336fcfd6a")]
    [InlineData("2025.txt", "Article_2025")]
    [InlineData("london_floods.txt", "london_floods")]
    [InlineData("الرباط.txt", "الرباط")]
    public void Plain_names_need_no_message(string fileName, string member)
    {
        var run = GeneratorHarness.Run([TestFile.Article(fileName, "date 2025-01-01 x")]);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains($" {member} => ", run.SourceDeclaring(member));
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData(CorpusPlanner.ManyArticleMembers, 0, true, false)]
    [InlineData(CorpusPlanner.ManyArticleMembers + 1, 0, true, true)]
    [InlineData(CorpusPlanner.ManyArticleMembers + 1, 0, false, false)]
    [InlineData(CorpusPlanner.ManyArticleMembers, 1, true, false)]
    public void A_project_with_many_article_members_hears_how_to_do_without_them(int articles, int duplicates, bool writesMembers, bool reported)
    {
        // Half in a Wire class: the members of the whole project count. A duplicate id is skipped, so no member.
        var declared = Enumerable.Range(0, articles)
            .Select(i => Declared($"/src/corpus/{i:000000}_{i:x16}.txt", i % 2 == 0 ? null : "Wire", $"{i:x16}"))
            .Concat(Enumerable.Range(0, duplicates).Select(i => Declared($"/src/corpus/copy_{2 * i:x16}.txt", null, $"{2 * i:x16}")))
            .ToList();
        var options = new CorpusOptions("Corpus", "NewsCorpus", "internal", EmbedsArticles: true, WritesCards: false, WritesMembers: writesMembers);

        // Under a culture that groups thousands with '.', as the compiler may run.
        var previous = CultureInfo.CurrentCulture;
        Result<CorpusPlan> plan;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            plan = CorpusPlanner.Plan(declared, options);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal(articles, plan.Value.Collections.Sum(collection => collection.Articles.Count));
        var manyMembers = plan.Diagnostics.Select(diagnostic => diagnostic.ToDiagnostic()).Where(diagnostic => diagnostic.Id == "CGN014").ToList();
        if (!reported)
        {
            Assert.Empty(manyMembers);
            return;
        }

        var reportedOnce = Assert.Single(manyMembers);
        Assert.Equal(DiagnosticSeverity.Info, reportedOnce.Severity);
        Assert.Equal(Location.None, reportedOnce.Location);
        Assert.Contains("15,001 article members", reportedOnce.GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("CorpusGenArticleMembers to false", reportedOnce.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Colliding_names_get_numbered_in_file_name_order()
    {
        var run = GeneratorHarness.Run([
            TestFile.Article("a b.txt", "date 2025-01-01 x"),
            TestFile.Article("a-b.txt", "date 2025-01-01 y"),
            TestFile.Article("a.b.txt", "date 2025-01-01 z"),
        ]);

        // A name taken by another article is a warning, which a build shows; the first file's own adjustment stays info.
        var collisions = run.GeneratorDiagnostics.Where(diagnostic => diagnostic.Id == "CGN016").ToList();
        Assert.All(collisions, diagnostic => Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity));
        Assert.Equal(
            [
                "'a-b.txt' is exposed as 'a_b_2' because 'a b.txt' already gives the name 'a_b': rename one of the files so that their names differ in letters or digits",
                "'a.b.txt' is exposed as 'a_b_3' because 'a b.txt' already gives the name 'a_b': rename one of the files so that their names differ in letters or digits",
            ],
            collisions.Select(diagnostic => diagnostic.GetMessage(CultureInfo.InvariantCulture)));
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(run.GeneratorDiagnostics, diagnostic => diagnostic.Id == "CGN006").Severity);
        Assert.Empty(run.CompilationProblems);
        var corpus = new LoadedCorpus(run.Load());
        Assert.Equal(["a b.txt", "a-b.txt", "a.b.txt"], corpus.All.Select(article => article.Get<string>("FileName")));
        Assert.Equal(["a b.txt", "a-b.txt", "a.b.txt"], new[] { "a_b", "a_b_2", "a_b_3" }.Select(name => corpus.Member(name).Get<string>("FileName")));
    }

    [Fact]
    public void File_names_like_the_corpus_class_helpers_still_compile()
    {
        var names = new[] { "Get", "Table", "Shard00", "ShardCount", "Utf8", "CreateAll", "CreateIndex", "s_order", "s_all", "s_byId", "address", "row", "ArticleIndex", "ArticleAt", "At", "id", "var", "Count_2" };
        var run = GeneratorHarness.Run(names.Select(name => TestFile.Article(name + ".txt", $"date 2025-01-01 {name} text")).Append(TestFile.Article("Count.txt", "date 2025-01-01 x")));

        Assert.Empty(run.CompilationProblems);
        Assert.Equal(names.Length + 1, new LoadedCorpus(run.Load()).Count);
    }

    [Fact]
    public void Paths_that_differ_only_in_case_are_an_error_on_the_second()
    {
        var run = GeneratorHarness.Run([TestFile.Article("Story.txt", "date 2025-01-01 One."), TestFile.Article("story.txt", "date 2025-01-01 Two.")]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CGN012", diagnostic.Id);
        Assert.Equal("/project/corpus/story.txt", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_file_declared_in_two_collections_is_an_article_of_each_and_reads_from_one_resource()
    {
        var wire = TestFile.Article("001_abc.txt", "date 2025-01-01 PARIS (AFP) - A wire story.");
        // Declared first in Wire, the file is embedded under Wire, and the default class reads that resource too.
        var run = GeneratorHarness.Run([TestFile.Seed(), wire with { Collection = "Wire" }, wire, wire with { Collection = "Wire" }], null, LoadedCorpus.ProbeSource);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        var assembly = run.Load();
        var inDefault = new LoadedCorpus(assembly).Find("abc")!;
        var inWire = new LoadedCorpus(assembly, "Test.Wire").Find("abc")!;
        Assert.Equal(2, new LoadedCorpus(assembly).Count);
        Assert.Equal(1, new LoadedCorpus(assembly, "Test.Wire").Count);
        Assert.Equal("PARIS (AFP) - A wire story.", inDefault.Text);
        Assert.Equal(inDefault.Text, inWire.Text);
        Assert.Equal("AFP", inWire.Get<string>("Outlet"));
    }

    [Fact]
    public void A_problem_in_a_file_declared_twice_is_reported_once()
    {
        var broken = TestFile.FromBytes("001_abc.txt", [.. "date 2025-01-01 caf"u8, 0xFF, .. " au lait"u8]);
        var run = GeneratorHarness.Run([broken, broken with { Collection = "Wire" }]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CGN005", diagnostic.Id);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_name_or_id_problem_of_files_declared_in_two_collections_is_reported_once()
    {
        var all = TestFile.Article("All.txt", "date 2025-01-01 x");
        var first = TestFile.Article("001_abc.txt", "date 2025-01-01 y");
        var second = TestFile.Article("002_abc.txt", "date 2025-01-01 z");
        var run = GeneratorHarness.Run([all, all with { Collection = "Wire" }, first, first with { Collection = "Wire" }, second, second with { Collection = "Wire" }]);

        Assert.Equal(["CGN004", "CGN006"], run.GeneratorDiagnostics.Select(diagnostic => diagnostic.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("newsCorpus")]
    [InlineData("wire")]
    [InlineData("file")]
    [InlineData("newsarticle")]
    [InlineData("ArticleIndex")]
    [InlineData("ArticleAt")]
    [InlineData("Count")]
    [InlineData("Find")]
    [InlineData("All")]
    public void Collection_names_that_cannot_be_a_class_beside_the_others_are_errors(string collection)
    {
        var run = GeneratorHarness.Run([TestFile.Seed(), TestFile.Article("w.txt", "date 2025-01-01 Wire story.", collection)]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CGN007", diagnostic.Id);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal(2, new LoadedCorpus(run.Load()).Count);
    }

    [Fact]
    public void An_unknown_paragraph_style_is_an_error_at_the_item_naming_the_styles_and_the_article_keeps_the_projects()
    {
        var files = new[] { TestFile.Seed(), new TestFile("/project/corpus/wire.txt", "date 2025-01-01 One.\n  Two.", Paragraphs: "Indent") };
        var run = GeneratorHarness.Run(files, new Dictionary<string, string> { ["CorpusGenParagraphs"] = "Indented" });

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("CGN007", DiagnosticSeverity.Error, "/project/corpus/wire.txt"), (diagnostic.Id, diagnostic.Severity, diagnostic.Location.GetLineSpan().Path));
        Assert.Equal("The value 'Indent' of 'Paragraphs of NewsArticle 'wire.txt'' is not valid: " + CorpusGen.Reading.OptionsReader.ParagraphStyleRule, diagnostic.GetMessage());
        Assert.Empty(run.CompilationProblems);
        Assert.Equal(2, new LoadedCorpus(run.Load()).Find("wire")!.Get<int>("ParagraphCount"));
    }

    [Fact]
    public void A_problem_in_a_transcoded_copy_is_reported_at_the_declared_file()
    {
        var copy = new TestFile("/project/obj/Debug/CorpusGen/utf-8/0a1b2c3d/bad.txt", "\n\ndate 2025-02-30 نص", SourcePath: "/project/corpus/bad.txt");
        var run = GeneratorHarness.Run([TestFile.Seed(), copy]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("CGN002", "/project/corpus/bad.txt", 2, 5), (diagnostic.Id, span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
    }

    [Fact]
    public void A_replacement_character_in_a_transcoded_copy_is_text_the_targets_have_reported()
    {
        var copy = new TestFile("/project/obj/Debug/CorpusGen/utf-8/0a1b2c3d/odd.txt", "date 2025-01-01 نص A\uFFFD.", SourcePath: "/project/corpus/odd.txt");
        var run = GeneratorHarness.Run([TestFile.Seed(), copy]);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("نص A\uFFFD.", new LoadedCorpus(run.Load()).Find("odd")!.Text);
    }

    [Fact]
    public void An_unknown_paragraph_style_of_the_project_is_an_error_naming_the_property()
    {
        var run = GeneratorHarness.Run([TestFile.Seed()], new Dictionary<string, string> { ["CorpusGenParagraphs"] = "Wire" });

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("The value 'Wire' of 'CorpusGenParagraphs' is not valid: " + CorpusGen.Reading.OptionsReader.ParagraphStyleRule, diagnostic.GetMessage());
        Assert.Equal(10, new LoadedCorpus(run.Load()).Member(Seeds.MemberName).Get<int>("ParagraphCount"));
    }

    [Theory]
    [InlineData("CorpusGenNamespace", "My-App")]
    [InlineData("CorpusGenNamespace", "class.Corpus")]
    [InlineData("CorpusGenClassName", "News Corpus")]
    [InlineData("CorpusGenClassName", "static")]
    [InlineData("CorpusGenVisibility", "protected")]
    public void Invalid_option_is_an_error_naming_the_property(string property, string value)
    {
        var run = GeneratorHarness.Run([TestFile.Seed()], new Dictionary<string, string> { [property] = value });

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CGN007", diagnostic.Id);
        Assert.StartsWith($"The value '{value}' of '{property}' is not valid", diagnostic.GetMessage());
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Old_language_version_gets_one_error_and_no_source()
    {
        var files = new[] { TestFile.Seed() };
        var driver = GeneratorHarness.CreateDriver(files, parseOptions: new CSharpParseOptions(LanguageVersion.CSharp10));

        var result = GeneratorHarness.RunTwice(driver, GeneratorHarness.CreateCompilation());

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CGN009", diagnostic.Id);
        Assert.Contains("C# 10.0", diagnostic.GetMessage());
        Assert.Contains("<LangVersion>11</LangVersion>", diagnostic.GetMessage());
        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void Framework_without_DateOnly_gets_one_error_and_no_source()
    {
        var files = new[] { TestFile.Seed() };
        var withoutDateOnly = CSharpCompilation.Create("old", references: [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)])
            .RemoveAllReferences();

        var result = GeneratorHarness.RunTwice(GeneratorHarness.CreateDriver(files), withoutDateOnly);

        Assert.Equal("CGN010", Assert.Single(result.Diagnostics).Id);
        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void A_netstandard_project_hears_every_reason_in_one_error_with_one_fix()
    {
        var properties = new Dictionary<string, string> { ["TargetFramework"] = "netstandard2.0", ["MaxSupportedLangVersion"] = "7.3" };
        var withoutDateOnly = CSharpCompilation.Create("old", references: [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)])
            .RemoveAllReferences();

        var driver = GeneratorHarness.CreateDriver([TestFile.Seed()], properties, new CSharpParseOptions(LanguageVersion.CSharp7_3));
        var result = GeneratorHarness.RunTwice(driver, withoutDateOnly);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CGN010", diagnostic.Id);
        Assert.Equal(
            "CorpusGen needs System.DateOnly (.NET 6 or later) and C# 11 or later, but the target framework netstandard2.0 has no DateOnly, and the project compiles with C# 7.3: target .NET 8 or later (<TargetFramework>net8.0</TargetFramework>), whose default C# version is new enough; no article is generated until then",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(result.GeneratedTrees);
    }

    [Theory]
    // net6.0 has DateOnly and defaults to C# 10: the version is the SDK's, so removing LangVersion would not help.
    [InlineData(LanguageVersion.CSharp10, true, "net6.0", "10.0", "CGN009", "the project compiles with C# 10.0, the default of the target framework net6.0: set <LangVersion>11</LangVersion> in the project file, or target .NET 8 or later")]
    // The project sets an old version on a framework whose default is new enough.
    [InlineData(LanguageVersion.CSharp10, true, "net8.0", "12.0", "CGN009", "the project sets C# 10.0: remove <LangVersion> from the project file to use the SDK's default, C# 12.0, or set it to 11 or later")]
    [InlineData(LanguageVersion.CSharp9, true, "net6.0", "10.0", "CGN009", "the project compiles with C# 9.0: set <LangVersion>11</LangVersion> or later in the project file")]
    [InlineData(LanguageVersion.CSharp10, true, null, null, "CGN009", "the project compiles with C# 10.0: set <LangVersion>11</LangVersion> or later in the project file")]
    [InlineData(LanguageVersion.CSharp12, false, "netstandard2.1", "8.0", "CGN010", "the target framework netstandard2.1 has no DateOnly: target .NET 8 or later")]
    [InlineData(LanguageVersion.CSharp10, false, "netstandard2.0", "7.3", "CGN010", "the target framework netstandard2.0 has no DateOnly and the project sets C# 10.0: target .NET 8 or later (<TargetFramework>net8.0</TargetFramework>), and remove <LangVersion> or set it to 11 or later")]
    public void A_target_that_cannot_compile_the_corpus_hears_the_fix_for_its_case(LanguageVersion version, bool hasDateOnly, string? framework, string? defaultVersion, string id, string fix)
    {
        var support = CorpusGen.Reading.TargetSupport.Check(version, hasDateOnly, new CorpusGen.Model.ProjectTarget(framework, defaultVersion));

        Assert.False(support.Value);
        var diagnostic = Assert.Single(support.Diagnostics).ToDiagnostic();
        Assert.Equal(id, diagnostic.Id);
        Assert.Contains(fix, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_that_can_compile_the_corpus_hears_nothing()
    {
        var support = CorpusGen.Reading.TargetSupport.Check(LanguageVersion.CSharp11, true, new CorpusGen.Model.ProjectTarget("net8.0", "12.0"));

        Assert.True(support.Value);
        Assert.Empty(support.Diagnostics);
    }

    private static DeclaredArticle Declared(string path, string? collection, string id)
    {
        var name = CorpusGen.Text.ArticleFileName.FromPath(path);
        return new DeclaredArticle(path, name.FileName, name.Stem, collection, id);
    }
}
