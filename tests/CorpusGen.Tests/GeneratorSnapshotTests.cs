using CorpusGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

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

    [Fact]
    public void Build_that_ignores_doc_comments_gets_the_same_members_without_cards()
    {
        var files = new[] { TestFile.Seed() };
        var withCards = GeneratorHarness.Run(files).Source("NewsCorpus.Articles47.g.cs");
        var driver = CSharpGeneratorDriver.Create(
            [new CorpusGenerator().AsSourceGenerator()],
            files.Select(file => (AdditionalText)new TestAdditionalText(file.Path, file.Bytes)),
            GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.None),
            GeneratorHarness.CreateOptions(files));

        var withoutCards = driver.RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().GeneratedTrees
            .Single(tree => tree.FilePath.EndsWith("NewsCorpus.Articles47.g.cs", StringComparison.Ordinal))
            .ToString();

        Assert.Contains("/// <summary>", withCards, StringComparison.Ordinal);
        Assert.DoesNotContain("///", withoutCards, StringComparison.Ordinal);
        Assert.Equal(withCards.Split('\n').Where(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal)), withoutCards.Split('\n'));
    }
}
