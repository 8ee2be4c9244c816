namespace CorpusGen.IntegrationTests;

/// <summary>The sample, run as the README runs it, with each of its options.</summary>
[Collection(PackageCollection.Name)]
public class SampleTests(PackageFixture package)
{
    [Fact]
    public void The_sample_prints_slices_of_its_corpus_searches_and_exports_it()
    {
        var (buildExit, buildOutput) = DotnetCli.Run(package.RepositoryRoot, "build", Sample, "--disable-build-servers", "-nodeReuse:false");
        Assert.True(buildExit == 0, buildOutput);

        Assert.Contains("801cc98336fcfd6a  2025-09-20  إيلاف", Run());
        Assert.Equal(["1 article from Reuters", "5b2e9c41d07a3f18"], Ids(Run("--outlet", "Reuters")));
        Assert.Equal(["1 article from القاهرة", "c7a10e5f9b3d2468"], Ids(Run("--city", "القاهرة")));
        Assert.Equal(["1 article tagged القاهرة", "c7a10e5f9b3d2468"], Ids(Run("--tag", "القاهرة")));
        Assert.StartsWith("معرض القاهرة الدولي للكتاب يفتح في موعده\n\nId:         c7a10e5f9b3d2468\n", Run("c7a10e5f9b3d2468"), StringComparison.Ordinal);
        Assert.Contains("\nSection:    ثقافة\nTags:       معرض الكتاب, القاهرة\n", Run("c7a10e5f9b3d2468"), StringComparison.Ordinal);
        Assert.Equal(["2 articles from 2025-09-21 to 2025-09-23", "5b2e9c41d07a3f18", "c7a10e5f9b3d2468"], Ids(Run("--from", "2025-09-21", "--to", "2025-09-23")));
        Assert.StartsWith("---\npretty_name: NewsCorpus\n", Run("--card"), StringComparison.Ordinal);
        var search = Run("--search", "الأمن الوطني");
        Assert.StartsWith("1 article matches \"الأمن الوطني\"\n\n801cc98336fcfd6a  2025-09-20  score ", search, StringComparison.Ordinal);
        Assert.Contains("المدير العام [للأمن] [الوطني]", search, StringComparison.Ordinal);

        var jsonl = Path.Combine(package.Root, "sample.jsonl");
        Run("--jsonl", jsonl);
        var lines = File.ReadAllLines(jsonl);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, line => Assert.StartsWith("{\"id\":", line, StringComparison.Ordinal));
    }

    private string Sample => Path.Combine(package.RepositoryRoot, "samples", "CorpusGen.Sample");

    private string Run(params string[] arguments)
    {
        string[] command = ["run", "--no-build", "--project", Sample, "--", .. arguments];
        var (exitCode, output) = DotnetCli.Run(package.RepositoryRoot, command);
        Assert.True(exitCode == 0, output);
        return output.ReplaceLineEndings("\n");
    }

    // The title, then the id that starts each row of the table.
    private static List<string> Ids(string table)
    {
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return [lines[0], .. lines.Skip(2).Select(line => line.Split(' ')[0])];
    }
}
