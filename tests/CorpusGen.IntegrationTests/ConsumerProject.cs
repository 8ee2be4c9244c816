using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace CorpusGen.IntegrationTests;

/// <summary>A fresh project on disk that takes CorpusGen by PackageReference, as a user's project would.</summary>
internal sealed partial class ConsumerProject
{
    private readonly PackageFixture _package;

    public ConsumerProject(PackageFixture package, string name)
    {
        _package = package;
        Directory = Path.Combine(package.Root, name);
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "corpus"));
        File.WriteAllText(
            Path.Combine(Directory, "nuget.config"),
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="corpusgen-test-feed" value="{SecurityElement.Escape(package.Feed)}" />
              </packageSources>
            </configuration>
            """);
    }

    public string Directory { get; }

    /// <summary>The version of the CorpusGen package under test, for a project file the test writes itself.</summary>
    public string PackageVersion => _package.Version;

    public ConsumerProject WithProjectFile(string properties, string items = "", string packages = "")
    {
        File.WriteAllText(
            Path.Combine(Directory, "Consumer.csproj"),
            $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <RootNamespace>Consumer</RootNamespace>
                <ImplicitUsings>enable</ImplicitUsings>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CorpusGen" Version="{_package.Version}" />
                {packages}
                <NewsArticle Include="corpus/*.txt" />
                {items}
              </ItemGroup>
            </Project>
            """);
        return this;
    }

    public ConsumerProject WithFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return this;
    }

    public ConsumerProject WithFile(string relativePath, byte[] content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return this;
    }

    public (int ExitCode, string Output) Build() =>
        DotnetCli.Run(Directory, "build", "--disable-build-servers", "-nodeReuse:false");

    /// <summary>
    /// The items of one type that a tool asks MSBuild for: as the project is evaluated, or after a design-time build,
    /// which runs the compile targets but not the compiler, as Visual Studio's project system and the C# language
    /// server do.
    /// </summary>
    public IReadOnlyList<string> Items(string itemType, bool designTimeBuild)
    {
        var (restoreExit, restoreOutput) = DotnetCli.Run(Directory, "restore", "--disable-build-servers", "-nodeReuse:false");
        Assert.True(restoreExit == 0, restoreOutput);
        string[] designTime =
        [
            "-t:Compile",
            "-p:DesignTimeBuild=true",
            "-p:BuildingProject=false",
            "-p:SkipCompilerExecution=true",
            "-p:ProvideCommandLineArgs=true",
            "-p:NonExistentFile=__NonExistentSubDir__/__NonExistentFile__",
        ];
        var (exit, output) = DotnetCli.Run(Directory, ["msbuild", "-nodeReuse:false", "-getItem:" + itemType, .. designTimeBuild ? designTime : []]);
        Assert.True(exit == 0, output);
        return ItemIdentity().Matches(output).Select(match => match.Groups[1].Value).ToList();
    }

    public string BuildAndRun()
    {
        var (buildExit, buildOutput) = Build();
        Assert.True(buildExit == 0, buildOutput);
        var (runExit, runOutput) = DotnetCli.Run(Directory, "run", "--no-build");
        Assert.True(runExit == 0, runOutput);
        return runOutput.ReplaceLineEndings("\n");
    }

    [GeneratedRegex("\"Identity\": \"([^\"]+)\"")]
    private static partial Regex ItemIdentity();
}
