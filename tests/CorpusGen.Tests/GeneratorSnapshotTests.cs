using CorpusGen.Tests.Helpers;

namespace CorpusGen.Tests;

public class GeneratorSnapshotTests
{
    [Fact]
    public void Seed()
    {
        var run = GeneratorHarness.Run([TestFile.Seed()]);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(["NewsArticle.g.cs", "NewsCorpus.Articles47.g.cs", "NewsCorpus.g.cs"], run.Sources.Select(source => source.HintName).Order(StringComparer.Ordinal));
        foreach (var source in run.Sources)
        {
            Snapshot.Match(source.SourceText.ToString(), source.HintName.Replace(".cs", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Options_set_namespace_class_and_visibility()
    {
        var run = GeneratorHarness.Run(
            [TestFile.Seed()],
            new Dictionary<string, string> { ["CorpusGenNamespace"] = "News.Data", ["CorpusGenClassName"] = "Archive", ["CorpusGenVisibility"] = "public" });

        Assert.Empty(run.GeneratorDiagnostics);
        Snapshot.Match(run.Source("Archive.g.cs"), "Archive.g");
        Assert.Contains("public sealed partial class NewsArticle", run.Source("NewsArticle.g.cs"));
        Assert.Contains("namespace News.Data;", run.Source("Archive.Articles47.g.cs"));
    }

    [Fact]
    public void Project_without_articles_gets_no_source()
    {
        var run = GeneratorHarness.Run([new TestFile("/project/PublicAPI.Shipped.txt", "#nullable enable", Kind: null)]);

        Assert.Empty(run.Sources);
        Assert.Empty(run.GeneratorDiagnostics);
    }
}
