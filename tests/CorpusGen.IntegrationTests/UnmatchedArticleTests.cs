using System.Text.RegularExpressions;

namespace CorpusGen.IntegrationTests;

/// <summary>CGN015, the targets' warning for a NewsArticle item that matches no file.</summary>
[Collection(PackageCollection.Name)]
public partial class UnmatchedArticleTests(PackageFixture package)
{
    [Fact]
    public void Items_that_match_no_file_are_each_named_and_the_other_articles_still_build()
    {
        var project = new ConsumerProject(package, "unmatched")
            .WithProjectFile(
                "<TargetFramework>net10.0</TargetFramework>",
                items: """
                    <NewsArticle Include="corpsu/*.txt" Collection="Wire" />
                    <NewsArticle Include="corpus/missing.txt" />
                    <NewsArticle Include="corpus/gone.txt" Condition="'$(Configuration)' == 'Debug'" />
                    """)
            .WithFile("Program.cs", "System.Console.WriteLine(Consumer.NewsCorpus.Count + \" \" + Consumer.NewsCorpus.Find(\"a1\")!.City);")
            .WithFile("corpus/001_a1.txt", "date 2025-01-01 PARIS (AFP) - A story.");

        var (exitCode, output) = project.Build();

        // Before CGN015 a missing file stopped the build with CGN008 and CS2001, and the glob went unremarked.
        Assert.True(exitCode == 0, output);
        Assert.Equal(
            [
                ("Consumer.csproj", Unmatched("corpsu/*.txt", project)),
                ("Consumer.csproj", Unmatched("corpus/gone.txt", project)),
                ("Consumer.csproj", Unmatched("corpus/missing.txt", project)),
            ],
            Cgn015Warnings(output));
        Assert.DoesNotMatch(OtherWarningOrError(), output);
        Assert.Equal("1 PARIS\n", Run(project));
    }

    [Fact]
    public void Project_whose_items_all_match_no_file_still_gets_the_warnings()
    {
        var project = new ConsumerProject(package, "allunmatched")
            .WithProjectFile("<TargetFramework>net10.0</TargetFramework>", items: """<NewsArticle Include="corpus/missing.txt" />""")
            .WithFile("Directory.Build.props", """<Project><ItemGroup><NewsArticle Include="wier/*.txt" Collection="Wire" /></ItemGroup></Project>""")
            .WithFile("Program.cs", "System.Console.WriteLine(\"no corpus use\");");

        var (exitCode, output) = project.Build();

        Assert.True(exitCode == 0, output);
        Assert.Equal(
            [
                ("Consumer.csproj", Unmatched("corpus/*.txt", project)),
                ("Consumer.csproj", Unmatched("corpus/missing.txt", project)),
                ("Directory.Build.props", Unmatched("wier/*.txt", project)),
            ],
            Cgn015Warnings(output));
        Assert.DoesNotMatch(OtherWarningOrError(), output);
    }

    [Fact]
    public void Items_that_match_files_in_every_way_they_can_be_written_get_no_warning()
    {
        // A path from the project folder, an Exclude, a property, Conditions, a one-file glob in Directory.Build.props.
        var project = new ConsumerProject(package, "matched")
            .WithProjectFile(
                "<TargetFramework>net10.0</TargetFramework><ExtraFolder>extra</ExtraFolder>",
                items: """
                    <NewsArticle Include="$(MSBuildProjectDirectory)/extra/e1.txt" />
                    <NewsArticle Include="$(ExtraFolder)/*.txt;wire/*.txt" Exclude="wire/*.txt" />
                    <NewsArticle Include="wire/*.txt" Exclude="wire/draft_*.txt" Collection="Wire" />
                    <NewsArticle Include="release/*.txt" Condition="'$(Configuration)' == 'Release'" />
                    <NewsArticle Include="extra/e1.txt" Condition="'$(Configuration)' == 'Debug'" />
                    """)
            .WithFile("Directory.Build.props", """<Project><ItemGroup><NewsArticle Include="$(MSBuildThisFileDirectory)shared/*.txt" Collection="Shared" /></ItemGroup></Project>""")
            .WithFile("Program.cs", "System.Console.WriteLine(Consumer.NewsCorpus.Count + \" \" + Consumer.Wire.Count + \" \" + Consumer.Shared.Count);")
            .WithFile("corpus/001_a1.txt", "date 2025-01-01 PARIS (AFP) - A story.")
            .WithFile("extra/e1.txt", "date 2025-01-02 An extra story.")
            .WithFile("wire/w1.txt", "date 2025-01-03 A wire story.")
            .WithFile("wire/draft_w2.txt", "date 2025-01-04 A draft.")
            .WithFile("shared/s1.txt", "date 2025-01-05 A shared story.");

        var (exitCode, output) = project.Build();

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("CGN015", output, StringComparison.Ordinal);
        Assert.Equal("2 1 1\n", Run(project));
    }

    private static string Unmatched(string include, ConsumerProject project) =>
        $"The NewsArticle item '{include}' matches no file in '{project.Directory}{Path.DirectorySeparatorChar}' (relative paths start at the project folder), so it adds no article: check the path.";

    /// <summary>The file and text of each CGN015, once though the build log repeats its warnings in the summary.</summary>
    private static List<(string File, string Text)> Cgn015Warnings(string output) =>
        [.. Cgn015().Matches(output)
            .Select(match => (Path.GetFileName(match.Groups[1].Value), match.Groups[2].Value))
            .Distinct()
            .OrderBy(warning => warning.Item1, StringComparer.Ordinal)
            .ThenBy(warning => warning.Item2, StringComparer.Ordinal)];

    private static string Run(ConsumerProject project)
    {
        var (exitCode, output) = DotnetCli.Run(project.Directory, "run", "--no-build");
        Assert.True(exitCode == 0, output);
        return output.ReplaceLineEndings("\n");
    }

    /// <summary>MSBuild names the project at the end of the line when the warning's file is another one.</summary>
    [GeneratedRegex(@"^(\S.*?) : warning CGN015: (.*?)(?: \[[^\]]*\])?\r?$", RegexOptions.Multiline)]
    private static partial Regex Cgn015();

    [GeneratedRegex(@"\b(?:warning|error) (?!CGN015\b)[A-Z]+\d+")]
    private static partial Regex OtherWarningOrError();
}
