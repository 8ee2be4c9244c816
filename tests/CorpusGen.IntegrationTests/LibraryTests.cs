namespace CorpusGen.IntegrationTests;

/// <summary>A corpus built once and shipped as a library: to an app by ProjectReference and by the library's own package.</summary>
[Collection(PackageCollection.Name)]
public class LibraryTests(PackageFixture package)
{
    private const string App = """
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var seed = Arabic.News.NewsCorpus.Find("801cc98336fcfd6a")!;
        Console.WriteLine("arabic=" + Arabic.News.NewsCorpus.Count + " " + seed.City + " " + Arabic.News.NewsCorpus.Outlets.إيلاف.Count + " " + Arabic.News.NewsCorpus.Search("الأمن الوطني")[0].Article.Id);
        var wire = Wire.News.NewsCorpus.All[0];
        Console.WriteLine("wire=" + Wire.News.NewsCorpus.Count + " " + wire.Outlet + " " + wire.Region + " " + Wire.News.NewsCorpus.ByCity("PORTLAND").Count + " " + Wire.News.NewsCorpus.Search("wildfire").TotalCount);
        """;

    [Fact]
    public void Two_corpus_libraries_reach_an_app_by_project_and_by_package_without_CorpusGen()
    {
        var root = new ConsumerProject(package, "libraries");
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root.Directory, "packages") };
        Library(root, "Arabic", "corpus/000_801cc98336fcfd6a.txt", PackageTests.SeedBytes);
        Library(root, "Wire", "corpus/001_portland.txt", System.Text.Encoding.UTF8.GetBytes("date 2025-03-02 PORTLAND, Ore. (AP) — A wildfire spread overnight."));
        root.WithFile("App/App.csproj", AppProject("""<ProjectReference Include="../Arabic/Arabic.csproj" /><ProjectReference Include="../Wire/Wire.csproj" />"""))
            .WithFile("App/Program.cs", App);

        var (runExit, byProject) = DotnetCli.Run(root.Directory, environment, "run", "--project", "App");
        Assert.True(runExit == 0, byProject);
        Assert.Contains("arabic=1 الرباط 1 801cc98336fcfd6a\n", byProject.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("wire=1 AP Ore. 1 1\n", byProject.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("\"CorpusGen/", File.ReadAllText(Path.Combine(root.Directory, "App", "obj", "project.assets.json")), StringComparison.Ordinal);

        foreach (var library in new[] { "Arabic", "Wire" })
        {
            var (packExit, packed) = DotnetCli.Run(root.Directory, environment, "pack", library, "-o", "library-feed", "-p:PackageVersion=" + package.Version);
            Assert.True(packExit == 0, packed);
        }

        root.WithFile("AppByPackage/nuget.config", """
                <?xml version="1.0" encoding="utf-8"?>
                <configuration><packageSources><add key="libraries" value="../library-feed" /></packageSources></configuration>
                """)
            .WithFile("AppByPackage/AppByPackage.csproj", AppProject($"""<PackageReference Include="News.Arabic" Version="{package.Version}" /><PackageReference Include="News.Wire" Version="{package.Version}" />"""))
            .WithFile("AppByPackage/Program.cs", App);
        var (packageExit, byPackage) = DotnetCli.Run(root.Directory, environment, "run", "--project", "AppByPackage");
        Assert.True(packageExit == 0, byPackage);
        Assert.Equal(Lines(byProject), Lines(byPackage));
        var assets = File.ReadAllText(Path.Combine(root.Directory, "AppByPackage", "obj", "project.assets.json"));
        Assert.Contains("\"News.Arabic/", assets, StringComparison.Ordinal);
        Assert.DoesNotContain("\"CorpusGen/", assets, StringComparison.Ordinal);
    }

    private static void Library(ConsumerProject root, string name, string article, byte[] content) =>
        root.WithFile($"{name}/{name}.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <PackageId>News.{name}</PackageId>
                    <CorpusGenNamespace>{name}.News</CorpusGenNamespace>
                    <CorpusGenVisibility>public</CorpusGenVisibility>
                    <CorpusGenSearch>true</CorpusGenSearch>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="CorpusGen" Version="{root.PackageVersion}" PrivateAssets="all" />
                    <NewsArticle Include="corpus/*.txt" />
                  </ItemGroup>
                </Project>
                """)
            .WithFile($"{name}/{article}", content);

    private static string AppProject(string references) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>{references}</ItemGroup>
        </Project>
        """;

    private static string[] Lines(string output) =>
        output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => line.StartsWith("arabic=", StringComparison.Ordinal) || line.StartsWith("wire=", StringComparison.Ordinal)).ToArray();
}
