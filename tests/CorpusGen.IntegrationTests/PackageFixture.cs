namespace CorpusGen.IntegrationTests;

/// <summary>
/// Packs CorpusGen once for the test run into a temporary local feed, under a version of its own so that no
/// package cached by an earlier run can stand in for it.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    private readonly Lazy<string> _templatePackagePath;

    public PackageFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        Root = Directory.CreateTempSubdirectory("corpusgen-it-").FullName;
        Feed = Path.Combine(Root, "feed");
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

        PackagePath = Pack("CorpusGen");
        _templatePackagePath = new Lazy<string>(() => Pack("CorpusGen.Templates"));
    }

    public string RepositoryRoot { get; }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string PackagePath { get; }

    /// <summary>Packs the template package into the feed, under the same version, once: only its tests need it.</summary>
    public string PackTemplates() => _templatePackagePath.Value;

    public void Dispose()
    {
        TryDelete(Root);
        var cached = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages", "corpusgen", Version.ToLowerInvariant());
        TryDelete(Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages ? Path.Combine(packages, "corpusgen", Version.ToLowerInvariant()) : cached);
    }

    private string Pack(string project)
    {
        var (exitCode, output) = DotnetCli.Run(
            RepositoryRoot,
            "pack", Path.Combine(RepositoryRoot, "src", project, project + ".csproj"),
            "-c", "Release",
            "-o", Feed,
            "--artifacts-path", Path.Combine(Root, "artifacts"),
            "--disable-build-servers",
            "-p:PackageVersion=" + Version);
        Assert.True(exitCode == 0, output);
        var path = Path.Combine(Feed, $"{project}.{Version}.nupkg");
        Assert.True(File.Exists(path), output);
        return path;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CorpusGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("CorpusGen.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "package";
}
