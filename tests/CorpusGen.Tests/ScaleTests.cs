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
}
