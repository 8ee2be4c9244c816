namespace CorpusGen.IntegrationTests;

[Collection(PackageCollection.Name)]
public class TemplateTests(PackageFixture package)
{
    [Fact]
    public void Template_from_the_feed_creates_an_app_that_prints_the_seed_article()
    {
        package.PackTemplates();

        // A hive of its own keeps the installed template off the user's machine.
        var hive = Path.Combine(package.Root, "template-hive");
        var (installExit, installOutput) = DotnetNew("install", $"CorpusGen.Templates@{package.Version}", "--add-source", package.Feed);
        Assert.True(installExit == 0, installOutput);

        // Not a C# identifier: the project's namespace is the template engine's safe form of it, my_news_app.
        var project = new ConsumerProject(package, "my-news app");
        var (newExit, newOutput) = DotnetNew("corpusgen", "-o", project.Directory);
        Assert.True(newExit == 0, newOutput);
        var projectFile = File.ReadAllText(Path.Combine(project.Directory, "my-news app.csproj"));
        Assert.Contains($"""<PackageReference Include="CorpusGen" Version="{package.Version}" PrivateAssets="all" />""", projectFile);

        var lines = project.BuildAndRun().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("Articles: 1", lines[0]);
        Assert.Matches(@"^Id +Date +Outlet +City +Words +Lead$", lines[1]);
        Assert.Matches(@"^801cc98336fcfd6a +2025-09-20 +إيلاف +الرباط +459  إيلاف من الرباط: ", lines[2]);
        Assert.Equal(3, lines.Length);

        (int ExitCode, string Output) DotnetNew(params string[] arguments) =>
            DotnetCli.Run(package.Root, ["new", .. arguments, "--debug:custom-hive", hive]);
    }
}
