using System.IO.Compression;
using System.Text.RegularExpressions;

namespace CorpusGen.IntegrationTests;

/// <summary>
/// The README's first steps, done as a newcomer does them: its commands run and its files written as they stand
/// there, so the docs cannot drift from what compiles.
/// </summary>
[Collection(PackageCollection.Name)]
public partial class ReadmeExampleTests(PackageFixture package)
{
    [Fact]
    public void The_readme_example_builds_and_prints_what_the_readme_shows()
    {
        var readme = File.ReadAllText(Path.Combine(package.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");
        var blocks = MinimalExample().Matches(readme).ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value);
        Assert.Equal(["commands", "my-news/nuget.config", "my-news/my-news.csproj", "my-news/Program.cs", "run", "output"], blocks.Keys);

        // The folder the README's commands run in: beside the clone, which the commands name CorpusGen/. Its own
        // package cache, so the README's version is the package made here, never one cached before.
        var folder = Directory.CreateDirectory(Path.Combine(package.Root, "readme")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(folder, "CorpusGen"), package.RepositoryRoot);
        var environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(folder, "nuget-packages"),
            ["UseArtifactsOutput"] = "true",
            ["ArtifactsPath"] = Path.Combine(folder, "artifacts"),
            ["UseSharedCompilation"] = "false",
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        };

        RunCommands(blocks["commands"], folder, environment);
        foreach (var file in blocks.Keys.Where(name => name.Contains('/')))
        {
            File.WriteAllText(Path.Combine(folder, file), blocks[file] + "\n");
        }

        var output = RunCommands(blocks["run"], folder, environment);

        Assert.Equal(blocks["output"], output.ReplaceLineEndings("\n").TrimEnd('\n'));
    }

    [Fact]
    public void The_package_readme_is_the_readme_without_the_repository()
    {
        using var nupkg = ZipFile.OpenRead(package.PackagePath);
        using var reader = new StreamReader(nupkg.GetEntry("README.md")!.Open());
        var packageReadme = reader.ReadToEnd();

        // A user with only the package has no repository to run commands in or follow links into.
        Assert.DoesNotContain("dotnet test", packageReadme);
        Assert.DoesNotContain("dotnet pack", packageReadme);
        Assert.DoesNotContain("samples/", packageReadme);
        Assert.DoesNotContain("](docs/", packageReadme);
        Assert.DoesNotContain("repository-only", packageReadme);
        Assert.DoesNotContain("package-only", packageReadme);
        Assert.DoesNotContain("minimal-example", packageReadme);
        Assert.Contains("## The API", packageReadme);
        Assert.Contains("## Diagnostics", packageReadme);
        Assert.Contains("<PackageReference Include=\"CorpusGen\"", packageReadme);
        Assert.Contains("Add the package and declare the articles in your project file.", packageReadme);
        Assert.Contains("dotnet new install CorpusGen.Templates", packageReadme);
    }

    /// <summary>The README's shell lines, run one by one; a command the test does not know fails it.</summary>
    private static string RunCommands(string block, string folder, IReadOnlyDictionary<string, string> environment)
    {
        var output = "";
        foreach (var line in block.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (words)
            {
                case ["dotnet", .. var arguments]:
                    var (exitCode, text) = DotnetCli.Run(folder, environment, arguments);
                    Assert.True(exitCode == 0, line + Environment.NewLine + text);
                    output = text;
                    break;
                case ["mkdir", var directory]:
                    Directory.CreateDirectory(Path.Combine(folder, directory));
                    break;
                case ["cp", var pattern, var destination]:
                    var source = Path.Combine(folder, Path.GetDirectoryName(pattern)!);
                    var copied = Directory.GetFiles(source, Path.GetFileName(pattern));
                    Assert.NotEmpty(copied);
                    foreach (var file in copied)
                    {
                        File.Copy(file, Path.Combine(folder, destination, Path.GetFileName(file)));
                    }

                    break;
                default:
                    Assert.Fail("The README runs a command this test does not know: " + line);
                    break;
            }
        }

        return output;
    }

    [GeneratedRegex("<!-- minimal-example: (\\S+) -->\n```[a-z]*\n(.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex MinimalExample();
}
