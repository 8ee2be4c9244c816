using System.Text.RegularExpressions;

namespace CorpusGen.IntegrationTests;

/// <summary>A corpus in the deployments of small, fast-starting tools: published as a native program, and trimmed.</summary>
[Collection(PackageCollection.Name)]
public partial class DeploymentTests(PackageFixture package)
{
    // PackageTests' lines (every article's text exact, by SHA-256), then every other field of every article, the
    // facets and a search, so that the published program can be compared with the same program run by the JIT.
    private const string Fields = """

        foreach (var article in NewsCorpus.All)
        {
            Console.WriteLine(string.Join("|", article.Id, article.Ordinal?.ToString(CultureInfo.InvariantCulture) ?? "-", article.Region ?? "-",
                article.CharacterCount, article.Script, article.Direction, article.ReadingTime.TotalSeconds, article.SentenceCount,
                article.Sentences.Count == article.SentenceCount,
                Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", article.Paragraphs) + "\u0001" + string.Join("\n", article.Sentences) + "\u0001" + string.Join(" ", article.Words)))),
                article.Lead.Length, article.Words.Count == article.WordCount, ReferenceEquals(NewsCorpus.Find(article.Id), article)));
        }

        Console.WriteLine("outlets=" + string.Join(",", NewsCorpus.Outlets.All.Select(outlet => outlet.Name + ":" + outlet.Count)));
        Console.WriteLine("between=" + NewsCorpus.Between(new DateOnly(2020, 3, 1), new DateOnly(2020, 5, 31)).Count + " first=" + NewsCorpus.FirstDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var hits = NewsCorpus.Search("\"الأمن الوطني\"");
        Console.WriteLine("search=" + hits.TotalCount + ":" + string.Join(",", hits.Select(hit => hit.Article.Id)) + " weather=" + NewsCorpus.Search("weather").TotalCount);
        """;

    [Theory]
    [InlineData("aot", "-p:PublishAot=true")]
    [InlineData("trimmed", "-p:PublishTrimmed=true")]
    public void A_published_program_reads_every_field_of_every_article_as_the_JIT_does(string name, string publish)
    {
        var project = new ConsumerProject(package, name)
            .WithProjectFile("<TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><InvariantGlobalization>true</InvariantGlobalization><CorpusGenSearch>true</CorpusGenSearch>")
            .WithFile("Program.cs", PackageTests.Program + Fields)
            .WithFile("corpus/000_801cc98336fcfd6a.txt", PackageTests.SeedBytes);
        var synthetic = Enumerable.Range(1, 300).Select(PackageTests.SyntheticArticle).ToList();
        foreach (var (fileName, content, _) in synthetic)
        {
            project.WithFile("corpus/" + fileName, content);
        }

        var (publishExit, published) = DotnetCli.Run(project.Directory, "publish", "-c", "Release", "-r", "linux-x64", publish, "-o", "published", "--disable-build-servers", "-nodeReuse:false");
        Assert.True(publishExit == 0, published);
        Assert.DoesNotMatch(TrimOrAotWarning(), published);

        var native = Run(Path.Combine(project.Directory, "published", "Consumer"), project.Directory);
        var (jitExit, jit) = DotnetCli.Run(project.Directory, "run", "-c", "Release");
        Assert.True(jitExit == 0, jit);
        var lines = native.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("count=301 found=801cc98336fcfd6a", lines[0]);
        Assert.Equal(PackageTests.SeedLine(), lines[1]);
        Assert.Equal(synthetic.Select(article => article.ExpectedLine), lines.Skip(2).Take(300));
        Assert.StartsWith("801cc98336fcfd6a|0|-|", lines[302]);
        Assert.Contains("search=1:801cc98336fcfd6a weather=150", native, StringComparison.Ordinal);
        Assert.Equal(jit.ReplaceLineEndings("\n"), native);
    }

    private static string Run(string program, string directory)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output + errors);
        return output.ReplaceLineEndings("\n");
    }

    [GeneratedRegex(@"warning IL[23]\d{3}")]
    private static partial Regex TrimOrAotWarning();
}
