using System.Text;
using CorpusGen.Tests.Helpers;

namespace CorpusGen.Tests;

/// <summary>The one large corpus of the suite; bigger ones belong to tests/CorpusGen.Benchmarks.</summary>
public class ScaleTests
{
    // The user-string heap holds 2^24 bytes of UTF-16: past this, text in string literals stops compiling (CS8103).
    private const int UserStringHeapCharacters = (1 << 24) / 2;

    [Fact]
    public void Corpus_past_the_user_string_heap_limit_compiles_and_reads_back_from_literals()
    {
        // Seventy articles of 130,000 characters: past the limit with few members, so the test stays quick.
        var seedBody = string.Join("\n\n", Enumerable.Repeat(Seeds.Content[" date 2025-09-20 ".Length..].TrimEnd(), 42));
        var files = Enumerable.Range(0, 70)
            .Select(i => TestFile.Article($"{i:0000}_{i:x6}.txt", $"date 2025-09-20 {i} {seedBody}"))
            .ToList();
        Assert.True(files.Sum(file => file.Content.Length) > UserStringHeapCharacters);

        var run = GeneratorHarness.Run(files, new Dictionary<string, string> { ["CorpusGenEmbedArticles"] = "false" }, LoadedCorpus.ProbeSource);
        Assert.Empty(run.CompilationProblems);
        var corpus = new LoadedCorpus(run.Load(embedArticles: false));

        Assert.Equal(70, corpus.Count);
        foreach (var i in new[] { 0, 1, 35, 69 })
        {
            var article = corpus.Find(i.ToString("x6", System.Globalization.CultureInfo.InvariantCulture))!;
            Assert.Equal($"{i} {seedBody}", article.Text);
            Assert.Equal(Encoding.UTF8.GetBytes($"{i} {seedBody}"), article.Utf8Text);
        }
    }

    [Fact]
    public void Header_values_past_the_user_string_heap_are_an_error_that_says_why()
    {
        // Seventy titles of 130,000 characters take 18 MB of the heap's 16.
        var title = string.Concat(Enumerable.Repeat("عنوان طويل جدا ", 130_000 / 15));
        var files = Enumerable.Range(0, 70)
            .Select(i => TestFile.Article($"{i:0000}_{i:x6}.txt", $"date 2025-09-20\ntitle {i} {title}\n\nBody {i}."))
            .ToList();

        var run = GeneratorHarness.Run(files);

        var error = Assert.Single(run.GeneratorDiagnostics, diagnostic => diagnostic.Id == "CGN022");
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, error.Severity);
        Assert.Matches(@"take 17\.\d MB of string constants, but an assembly's user-string heap holds 16\.0 MB, so the compiler stops with CS8103: .* put part of the articles in a class library", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(run.Result.Results.Single().Exception);
    }

    [Fact]
    public void The_heap_check_counts_every_shard_and_reports_only_past_the_limit()
    {
        var run = GeneratorHarness.Run([TestFile.Seed(), TestFile.Article("001_aa.txt", "date 2025-09-21\ntitle A headline\n\nText."), TestFile.Article("w.txt", "date 2025-09-21 Wire.", "Wire")]);
        var shards = run.Result.Results.Single().TrackedSteps[TrackingNames.ShardFiles].SelectMany(step => step.Outputs).Select(output => (Model.GeneratedFile?)output.Value).ToList();
        var bytes = shards.Sum(file => file?.UserStringBytes ?? 0);

        Assert.Equal(3, shards.Count(file => file is not null));
        Assert.InRange(bytes, 200, 2000);
        Assert.Empty(Diagnostics.UserStringHeap.Problems(shards, bytes));
        Assert.Equal("CGN022", Assert.Single(Diagnostics.UserStringHeap.Problems(shards, bytes - 1)).Descriptor.Id);
        Assert.DoesNotContain(run.GeneratorDiagnostics, diagnostic => diagnostic.Id == "CGN022");
    }
}
