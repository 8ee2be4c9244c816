namespace CorpusGen.IntegrationTests;

/// <summary>
/// The lookups, facets, sentences, export and search through the packed package, in a net8.0 project with warnings
/// as errors, run on the newest runtime the machine has.
/// </summary>
[Collection(PackageCollection.Name)]
public class CorpusAsDataTests(PackageFixture package)
{
    private const string Program = """
        using Consumer;

        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var seed = NewsCorpus.Find("801cc98336fcfd6a")!;
        Console.WriteLine("outlets=" + string.Join(",", NewsCorpus.Outlets.All.Select(outlet => outlet.ToString())));
        Console.WriteLine("reuters=" + string.Join(",", NewsCorpus.ByOutlet("Reuters").Select(article => article.Id)));
        Console.WriteLine("member=" + NewsCorpus.Outlets.Reuters.Count + " unknown=" + NewsCorpus.Outlets.Unknown.Count);
        Console.WriteLine("city=" + string.Join(",", NewsCorpus.ByCity("الرباط").Select(article => article.Id)));
        Console.WriteLine("between=" + string.Join(",", NewsCorpus.Between(new DateOnly(2025, 9, 20), new DateOnly(2025, 9, 21)).Select(article => article.Id)));
        Console.WriteLine("span=" + NewsCorpus.FirstDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ".." + NewsCorpus.LastDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Console.WriteLine("arabic=" + NewsCorpus.ByScript(ArticleScript.Arabic).Count);
        Console.WriteLine("sentences=" + seed.SentenceCount + " words=" + (seed.Words.Count == seed.WordCount));
        using var jsonl = new MemoryStream();
        NewsCorpus.WriteJsonLines(jsonl);
        Console.WriteLine("jsonl=" + System.Text.Encoding.UTF8.GetString(jsonl.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var hits = NewsCorpus.Search("\"الأمن الوطني\"");
        Console.WriteLine("search=" + string.Join(",", hits.Select(hit => hit.Article.Id)) + " same=" + ReferenceEquals(hits[0].Article, seed) + " marked=" + hits[0].Snippet.Substring(hits[0].SnippetMatches[0].Start, hits[0].SnippetMatches[0].Length));
        Console.WriteLine("stem=" + NewsCorpus.Search("امن").TotalCount + " words=" + NewsCorpus.Search("one two", top: 1).TotalCount);
        var wire = Wire.Find("dd")!;
        var resources = typeof(NewsCorpus).Assembly.GetManifestResourceNames();
        Console.WriteLine("resources=" + resources[0] + " then " + (resources.Length - 1));
        Console.WriteLine("wire=" + wire.ParagraphCount + "|" + wire.Lead + "|" + wire.City + "|" + wire.Region);
        """;

    [Fact]
    public void A_project_reads_its_corpus_as_data_through_the_package()
    {
        var output = new ConsumerProject(package, "data")
            .WithProjectFile("<TargetFramework>net8.0</TargetFramework><Nullable>enable</Nullable><TreatWarningsAsErrors>true</TreatWarningsAsErrors><RollForward>Major</RollForward><CorpusGenSearch>true</CorpusGenSearch>", items: """<NewsArticle Include="wire/*.txt" Collection="Wire" Paragraphs="Indented" />""")
            .WithFile("Program.cs", Program)
            .WithFile("corpus/000_801cc98336fcfd6a.txt", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "corpus", "000_801cc98336fcfd6a.txt")))
            .WithFile("corpus/001_aa.txt", "date 2025-09-21 LONDON (Reuters) - One.")
            .WithFile("corpus/002_bb.txt", "date 2025-09-22 PARIS (Reuters) - Two.")
            .WithFile("corpus/003_cc.txt", "date 2025-09-23 No dateline.")
            .WithFile("wire/004_dd.txt", "date 2025-09-24\nPORTLAND, Ore. (AP) - One.\n    Two.\n    Three.")
            .BuildAndRun();

        Assert.Contains("outlets=Reuters (2),إيلاف (1)\n", output, StringComparison.Ordinal);
        Assert.Contains("reuters=aa,bb\n", output, StringComparison.Ordinal);
        Assert.Contains("member=2 unknown=1\n", output, StringComparison.Ordinal);
        Assert.Contains("city=801cc98336fcfd6a\n", output, StringComparison.Ordinal);
        Assert.Contains("between=801cc98336fcfd6a,aa\n", output, StringComparison.Ordinal);
        Assert.Contains("span=2025-09-20..2025-09-23\n", output, StringComparison.Ordinal);
        Assert.Contains("arabic=1\n", output, StringComparison.Ordinal);
        Assert.Contains("sentences=10 words=True\n", output, StringComparison.Ordinal);
        Assert.Contains("jsonl=4\n", output, StringComparison.Ordinal);
        Assert.Contains("search=801cc98336fcfd6a same=True marked=للأمن\n", output, StringComparison.Ordinal);
        Assert.Contains("stem=1 words=2\n", output, StringComparison.Ordinal);
        // The index first, so the first search finds it without comparing its name with every article file's.
        Assert.Contains("resources=CorpusGen.search then 5\n", output, StringComparison.Ordinal);
        Assert.Contains("wire=3|PORTLAND, Ore. (AP) - One.|PORTLAND|Ore.\n", output, StringComparison.Ordinal);
    }
}
