using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CorpusGen.IntegrationTests;

[Collection(PackageCollection.Name)]
public partial class PackageTests(PackageFixture package)
{
    /// <summary>Prints what the tests check, one article a line; SHA-256 of the UTF-8 text proves it exact.</summary>
    internal const string Program = """
        using System.Globalization;
        using System.Security.Cryptography;
        using Consumer;

        Console.OutputEncoding = System.Text.Encoding.UTF8;
        Console.WriteLine("count=" + NewsCorpus.Count + " found=" + (NewsCorpus.Find("801cc98336fcfd6a")?.Id ?? "none"));
        foreach (var article in NewsCorpus.All)
        {
            var hash = Convert.ToHexString(SHA256.HashData(article.Utf8Text));
            var textMatches = article.Text == System.Text.Encoding.UTF8.GetString(article.Utf8Text);
            Console.WriteLine(string.Join("|", article.FileName, article.Id, article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                article.Outlet ?? "-", article.City ?? "-", article.WordCount, article.Paragraphs.Count, hash, textMatches));
        }
        """;

    internal static readonly byte[] SeedBytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "corpus", "000_801cc98336fcfd6a.txt"));

    [Fact]
    public void Package_has_the_analyzer_the_build_files_and_no_lib()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var entries = archive.Entries.Select(entry => entry.FullName).ToList();

        Assert.Contains("analyzers/dotnet/cs/CorpusGen.dll", entries);
        Assert.Contains("build/CorpusGen.props", entries);
        Assert.Contains("build/CorpusGen.targets", entries);
        Assert.Contains("buildTransitive/CorpusGen.props", entries);
        Assert.Contains("buildTransitive/CorpusGen.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
        Assert.DoesNotContain(entries, entry => entry.StartsWith("lib/", StringComparison.Ordinal));

        using var nuspec = new StreamReader(archive.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var metadata = nuspec.ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", metadata);
        Assert.Contains("<license type=\"expression\">MIT</license>", metadata);
        Assert.Contains("<readme>README.md</readme>", metadata);
        Assert.DoesNotContain("<dependencies>", metadata);
    }

    [Fact]
    public void Net10_project_with_strict_settings_reads_the_seed_and_hundreds_more()
    {
        var project = new ConsumerProject(package, "net10")
            .WithProjectFile("""
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <AnalysisLevel>latest-all</AnalysisLevel>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <NoWarn>$(NoWarn);CA1303</NoWarn>
                <CorpusGenVisibility>public</CorpusGenVisibility>
                <CorpusGenSearch>true</CorpusGenSearch>
                """)
            .WithFile("Program.cs", Program)
            .WithFile("corpus/000_801cc98336fcfd6a.txt", SeedBytes);
        var synthetic = Enumerable.Range(1, 250).Select(SyntheticArticle).ToList();
        foreach (var (fileName, content, _) in synthetic)
        {
            project.WithFile("corpus/" + fileName, content);
        }

        var lines = project.BuildAndRun().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("count=251 found=801cc98336fcfd6a", lines[0]);
        Assert.Equal(SeedLine(), lines[1]);
        Assert.Equal(synthetic.Select(article => article.ExpectedLine), lines.Skip(2));

        // A documentation file makes the build parse doc comments, so the article cards reach it.
        var docs = File.ReadAllText(Path.Combine(project.Directory, "bin", "Debug", "net10.0", "Consumer.xml"));
        Assert.Contains("From <c>000_801cc98336fcfd6a.txt</c>, id <c>801cc98336fcfd6a</c>.", docs, StringComparison.Ordinal);
    }

    [Fact]
    public void Net8_project_beside_other_analyzers_txt_files_builds_without_a_warning()
    {
        var output = new ConsumerProject(package, "net8")
            .WithProjectFile(
                """
                <TargetFramework>net8.0</TargetFramework>
                <RollForward>Major</RollForward>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <AnalysisLevel>latest-all</AnalysisLevel>
                <NoWarn>$(NoWarn);CA1303</NoWarn>
                <CorpusGenArticleCards>true</CorpusGenArticleCards>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                """,
                items: """
                <AdditionalFiles Include="PublicAPI.Shipped.txt;PublicAPI.Unshipped.txt;BannedSymbols.txt" />
                """,
                packages: """
                <PackageReference Include="Microsoft.CodeAnalysis.PublicApiAnalyzers" Version="5.6.0" PrivateAssets="all" />
                <PackageReference Include="Microsoft.CodeAnalysis.BannedApiAnalyzers" Version="5.6.0" PrivateAssets="all" />
                """)
            .WithFile("Program.cs", Program)
            .WithFile("PublicAPI.Shipped.txt", "#nullable enable\n")
            .WithFile("PublicAPI.Unshipped.txt", "")
            .WithFile("BannedSymbols.txt", "T:System.Console;Use the corpus, not the console\n")
            .WithFile("corpus/000_801cc98336fcfd6a.txt", SeedBytes)
            .WithFile(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.RS0030.severity = none\n");

        var (exitCode, build) = output.Build();

        Assert.True(exitCode == 0, build);
        Assert.DoesNotMatch(WarningOrError(), build);
        var run = DotnetCli.Run(output.Directory, "run", "--no-build");
        Assert.Equal(["count=1 found=801cc98336fcfd6a", SeedLine()], run.Output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries));

        // No documentation file, but the project asks for the cards.
        var shard = Directory.GetFiles(Path.Combine(output.Directory, "obj", "Debug", "net8.0", "generated", "CorpusGen", "CorpusGen.CorpusGenerator")).Select(File.ReadAllText).Single(text => text.Contains(" Article_000_801cc98336fcfd6a => ", StringComparison.Ordinal));
        Assert.Contains("/// <remarks>From <c>000_801cc98336fcfd6a.txt</c>", shard, StringComparison.Ordinal);
    }

    [Theory]
    // net10.0 defaults to a new enough C#, so the version the project sets is the culprit.
    [InlineData("csharp10", "<TargetFramework>net10.0</TargetFramework><LangVersion>10</LangVersion>", "CGN009", "the project sets C# 10.0: remove <LangVersion> from the project file to use the SDK's default, C# 14.0, or set it to 11 or later")]
    // A netstandard2.0 library lacks both; a newer framework fixes both.
    [InlineData("netstandard", "<TargetFramework>netstandard2.0</TargetFramework>", "CGN010", "the target framework netstandard2.0 has no DateOnly, and the project compiles with C# 7.3: target .NET 8 or later (<TargetFramework>net8.0</TargetFramework>), whose default C# version is new enough")]
    public void A_target_that_cannot_compile_the_corpus_gets_one_error_with_the_fix_for_its_case(string name, string properties, string error, string fix)
    {
        var (exitCode, output) = new ConsumerProject(package, name)
            .WithProjectFile(properties + "<OutputType>Library</OutputType><ImplicitUsings>disable</ImplicitUsings>")
            .WithFile("Library.cs", "public static class Library { }")
            .WithFile("corpus/000_801cc98336fcfd6a.txt", SeedBytes)
            .Build();

        Assert.NotEqual(0, exitCode);
        var errors = ErrorCode().Matches(output).Select(match => match.Groups[1].Value).Distinct().ToList();
        Assert.Equal([error], errors);
        Assert.Contains(fix, output);
    }

    [Fact]
    public void Bad_article_fails_the_build_pointing_at_its_line()
    {
        var (exitCode, output) = new ConsumerProject(package, "bad")
            .WithProjectFile("<TargetFramework>net10.0</TargetFramework>")
            .WithFile("Program.cs", "System.Console.WriteLine(Consumer.NewsCorpus.Count);")
            .WithFile("corpus/000_801cc98336fcfd6a.txt", SeedBytes)
            .WithFile("corpus/001_bad.txt", "\n\ndate 2025-02-30 text")
            .Build();

        Assert.NotEqual(0, exitCode);
        Assert.Matches(@"001_bad\.txt\(3,6\): error CGN002: '001_bad\.txt' is dated '2025-02-30'", output);
    }

    [Fact]
    public void Globalconfig_downgrades_an_error_as_README_says()
    {
        var (exitCode, output) = new ConsumerProject(package, "downgraded")
            .WithProjectFile("<TargetFramework>net10.0</TargetFramework>")
            .WithFile("Program.cs", "System.Console.WriteLine(Consumer.NewsCorpus.Count);")
            .WithFile("corpus/000_801cc98336fcfd6a.txt", SeedBytes)
            .WithFile("corpus/001_bad.txt", "date 2025-02-30 text")
            .WithFile(".globalconfig", "is_global = true\ndotnet_diagnostic.CGN002.severity = warning\n")
            .Build();

        Assert.True(exitCode == 0, output);
        Assert.Contains("warning CGN002", output);
    }

    [Fact]
    public void Collection_metadata_gives_a_class_of_its_own()
    {
        var output = new ConsumerProject(package, "collections")
            .WithProjectFile("<TargetFramework>net10.0</TargetFramework>", items: """<NewsArticle Include="wire/*.txt" Collection="Wire" />""")
            .WithFile("Program.cs", "System.Console.WriteLine(Consumer.NewsCorpus.Count + \" \" + Consumer.Wire.Count + \" \" + Consumer.Wire.All[0].Outlet + \" \" + Consumer.Wire.w1.City);")
            .WithFile("corpus/000_801cc98336fcfd6a.txt", SeedBytes)
            .WithFile("wire/w1.txt", "date 2025-01-01 PARIS (AFP) - A wire story.")
            .BuildAndRun();

        Assert.Equal("1 1 AFP PARIS\n", output);
    }

    [Fact]
    public void A_file_declared_again_is_embedded_once_and_joins_each_collection()
    {
        // Wire is declared first, so the one resource is named after it, and the default class reads it too.
        var output = new ConsumerProject(package, "redeclared")
            .WithProjectFile(
                "<TargetFramework>net10.0</TargetFramework>",
                items: """
                    <NewsArticle Include="wire/001_a1.txt" Collection="Wire" />
                    <NewsArticle Include="./wire/../wire/001_a1.txt" />
                    <NewsArticle Include="wire/001_a1.txt" Collection="Wire" />
                    """)
            .WithFile("Program.cs", "System.Console.WriteLine(Consumer.NewsCorpus.Count + \" \" + Consumer.Wire.Count + \" \" + Consumer.NewsCorpus.Find(\"a1\")!.Text + \" \" + (Consumer.NewsCorpus.Find(\"a1\")!.Text == Consumer.Wire.Find(\"a1\")!.Text));")
            .WithFile("corpus/000_801cc98336fcfd6a.txt", SeedBytes)
            .WithFile("wire/001_a1.txt", "date 2025-01-01 PARIS (AFP) - A wire story.")
            .BuildAndRun();

        Assert.Equal("2 1 PARIS (AFP) - A wire story. True\n", output);
    }

    [Fact]
    public void Project_without_article_members_finds_its_articles()
    {
        var output = new ConsumerProject(package, "nomembers")
            .WithProjectFile("<TargetFramework>net10.0</TargetFramework><CorpusGenArticleMembers>false</CorpusGenArticleMembers>")
            .WithFile("Program.cs", "System.Console.WriteLine(Consumer.NewsCorpus.Find(\"801cc98336fcfd6a\")!.WordCount + \" \" + (typeof(Consumer.NewsCorpus).GetProperty(\"Article_000_801cc98336fcfd6a\") is null));")
            .WithFile("corpus/000_801cc98336fcfd6a.txt", SeedBytes)
            .BuildAndRun();

        Assert.Equal("459 True\n", output);
    }

    [Fact]
    public void Tools_that_read_the_project_see_every_article_file()
    {
        var project = new ConsumerProject(package, "tools")
            .WithProjectFile("<TargetFramework>net10.0</TargetFramework>")
            .WithFile("Program.cs", "System.Console.WriteLine(Consumer.NewsCorpus.Count);")
            .WithFile("corpus/000_801cc98336fcfd6a.txt", SeedBytes)
            .WithFile("corpus/001_second.txt", "date 2025-01-02 A second story.");
        string[] articles = ["000_801cc98336fcfd6a.txt", "001_second.txt"];

        // The targets add the articles as additional files in a target: an IDE sees them in its compiler arguments.
        var additionalFiles = project.Items("CscCommandLineArgs", designTimeBuild: true)
            .Where(argument => argument.StartsWith("/additionalfile:", StringComparison.Ordinal));
        Assert.Equal([.. articles, "NewsArticles.corpusgen"], FileNames(additionalFiles));

        // dotnet watch's file list and Visual Studio's up-to-date check read items of the evaluation.
        Assert.Equal(articles, FileNames(project.Items("Watch", designTimeBuild: false)));
        Assert.Equal(articles, FileNames(project.Items("UpToDateCheckInput", designTimeBuild: false)));

        static IEnumerable<string?> FileNames(IEnumerable<string> paths) => paths.Select(Path.GetFileName).Order(StringComparer.Ordinal);
    }

    [Fact]
    public void Editing_an_article_rebuilds_the_project_with_the_new_text()
    {
        var project = new ConsumerProject(package, "edit")
            .WithProjectFile("<TargetFramework>net10.0</TargetFramework>")
            .WithFile("Program.cs", "System.Console.WriteLine(Consumer.NewsCorpus.Find(\"a1\")!.Text);")
            .WithFile("corpus/001_a1.txt", "date 2025-01-01 The first text.");
        Assert.Equal("The first text.\n", project.BuildAndRun());

        project.WithFile("corpus/001_a1.txt", "date 2025-01-01 The second text, longer than the first.");

        Assert.Equal("The second text, longer than the first.\n", project.BuildAndRun());
    }

    [Fact]
    public void Collection_metadata_with_a_semicolon_is_an_error()
    {
        var (exitCode, output) = new ConsumerProject(package, "semicolon")
            .WithProjectFile("<TargetFramework>net10.0</TargetFramework>", items: """<NewsArticle Include="wire/*.txt" Collection="Wire;Other" />""")
            .WithFile("Program.cs", "System.Console.WriteLine();")
            .WithFile("wire/w1.txt", "date 2025-01-01 A wire story.")
            .Build();

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error CGN011: The Collection metadata 'Wire;Other' of NewsArticle 'wire/w1.txt'", output);
    }

    [Fact]
    public void Article_path_with_a_tab_is_an_error_that_names_it()
    {
        var (exitCode, output) = new ConsumerProject(package, "tab")
            .WithProjectFile("<TargetFramework>net10.0</TargetFramework>")
            .WithFile("Program.cs", "System.Console.WriteLine();")
            .WithFile("corpus/000_a.txt", "date 2025-01-01 A story.")
            .WithFile("corpus/001_b\tc.txt", "date 2025-01-01 A story with a tab in its file name.")
            .Build();

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error CGN013: The path of NewsArticle 'corpus/001_b\tc.txt' holds a tab or a line break", output);
    }

    internal static string SeedLine()
    {
        var body = Encoding.UTF8.GetString(SeedBytes)[" date 2025-09-20 ".Length..].TrimEnd();
        return $"000_801cc98336fcfd6a.txt|801cc98336fcfd6a|2025-09-20|إيلاف|الرباط|459|10|{Sha256(body)}|True";
    }

    internal static (string FileName, string Content, string ExpectedLine) SyntheticArticle(int index)
    {
        var id = index.ToString("x6", System.Globalization.CultureInfo.InvariantCulture);
        var fileName = $"{index:000}_{id}.txt";
        var (lead, outlet, city) = (index % 2) == 0
            ? ($"القاهرة ({index} رويترز) - خبر رقم {index} عن الطقس.", $"{index} رويترز", "القاهرة")
            : ($"PARIS (AFP) - Story number {index} about the weather.", "AFP", "PARIS");
        var body = $"{lead}\r\n\r\nSecond paragraph, \"quoted\" \\ {{braces}} 😀.";
        var date = new DateOnly(2020, 1, 1).AddDays(index);
        var words = body.Split([' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Count(token => token.Any(char.IsLetterOrDigit));
        var line = $"{fileName}|{id}|{date:yyyy-MM-dd}|{outlet}|{city}|{words}|2|{Sha256(body)}|True";
        return (fileName, $"date {date:yyyy-MM-dd}\n{body}\n", line);
    }

    private static string Sha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex(@"\b(?:warning|error) [A-Z]+\d+")]
    private static partial Regex WarningOrError();

    [GeneratedRegex(@"\berror ([A-Z]+\d+)")]
    private static partial Regex ErrorCode();
}
