using CorpusGen.Tests.Helpers;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests;

public class GeneratorSnapshotTests
{
    [Fact]
    public void Seed()
    {
        var run = GeneratorHarness.Run([TestFile.Seed()]);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(["ArticleFacet.g.cs", "NewsArticle.g.cs", GeneratedFiles.ShardFile(Seeds.MemberName), "NewsCorpus.Export.g.cs", "NewsCorpus.Lookups.g.cs", "NewsCorpus.g.cs"], run.Sources.Select(source => source.HintName).Order(StringComparer.Ordinal));
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
        Assert.Contains("namespace News.Data;", run.Source(GeneratedFiles.ShardFile(Seeds.MemberName, "Archive")));
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
        var withCards = GeneratorHarness.Run(files).Source(GeneratedFiles.ShardFile(Seeds.MemberName));
        var driver = GeneratorHarness.CreateDriver(files, parseOptions: GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.None));

        var withoutCards = GeneratorHarness.RunTwice(driver, GeneratorHarness.CreateCompilation()).GeneratedTrees
            .Single(tree => tree.FilePath.EndsWith(GeneratedFiles.ShardFile(Seeds.MemberName), StringComparison.Ordinal))
            .ToString();

        Assert.Contains("/// <summary>", withCards, StringComparison.Ordinal);
        Assert.DoesNotContain("///", withoutCards, StringComparison.Ordinal);
        Assert.Equal(withCards.Split('\n').Where(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal)), withoutCards.Split('\n'));
    }

    [Theory]
    [InlineData(DocumentationMode.None, "true", true)]
    [InlineData(DocumentationMode.None, "TRUE", true)]
    [InlineData(DocumentationMode.Parse, "false", false)]
    [InlineData(DocumentationMode.Diagnose, "false", false)]
    [InlineData(DocumentationMode.None, "", false)]
    [InlineData(DocumentationMode.Parse, "", true)]
    public void Cards_option_overrides_what_the_compiler_parses(DocumentationMode mode, string cards, bool written)
    {
        var files = new[] { TestFile.Seed() };
        var driver = GeneratorHarness.CreateDriver(
            files,
            new Dictionary<string, string> { ["CorpusGenArticleCards"] = cards },
            GeneratorHarness.ParseOptions.WithDocumentationMode(mode));

        var result = GeneratorHarness.RunTwice(driver, GeneratorHarness.CreateCompilation());

        Assert.Empty(result.Diagnostics);
        var shard = result.Results.Single().GeneratedSources.Single(source => source.HintName == GeneratedFiles.ShardFile(Seeds.MemberName)).SourceText.ToString();
        Assert.Equal(written, shard.Contains("/// <remarks>From <c>000_801cc98336fcfd6a.txt</c>", StringComparison.Ordinal));
    }

    // Unset, cards follow the compiler, which parses doc comments in the harness; members are written.
    [Theory]
    [InlineData("CorpusGenArticleCards", "always", "/// <summary>")]
    [InlineData("CorpusGenArticleMembers", "no", " Article_000_801cc98336fcfd6a => ArticleAt(47);")]
    public void Switch_option_that_is_not_a_boolean_is_reported_and_counts_as_unset(string property, string value, string unsetWrites)
    {
        var run = GeneratorHarness.Run([TestFile.Seed()], new Dictionary<string, string> { [property] = value });

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CGN007", diagnostic.Id);
        Assert.Contains($"'{property}'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(unsetWrites, run.Source(GeneratedFiles.ShardFile(Seeds.MemberName)), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_members_articles_are_still_found_listed_and_read_and_no_name_is_reported()
    {
        var files = new[] { TestFile.Seed(), TestFile.Article("class.txt", "date 2025-01-01 PARIS (AFP) - A story."), TestFile.Article("w.txt", "date 2025-01-02 Wire.", "Wire") };
        var run = GeneratorHarness.Run(files, new Dictionary<string, string> { ["CorpusGenArticleMembers"] = "false", ["CorpusGenSearch"] = "true" }, LoadedCorpus.ProbeSource);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.DoesNotContain(run.Sources, source => source.SourceText.ToString().Contains("ArticleAt", StringComparison.Ordinal));
        var assembly = run.Load();
        var corpus = new LoadedCorpus(assembly);
        Assert.Equal(["000_801cc98336fcfd6a.txt", "class.txt"], corpus.All.Select(article => article.Get<string>("FileName")));
        Assert.Equal("PARIS (AFP) - A story.", corpus.Find("class")!.Text);
        Assert.Equal(459, corpus.Find("801cc98336fcfd6a")!.Get<int>("WordCount"));
        Assert.Equal("Wire.", new LoadedCorpus(assembly, "Test.Wire").Find("w")!.Text);
        // The corpus class's own public members, and no article member.
        var publicMembers = CorpusGen.Model.GeneratedNames.CorpusClassMembers.Except([CorpusGen.Model.GeneratedNames.IndexClass, CorpusGen.Model.GeneratedNames.ArticleAt]);
        Assert.Equal(publicMembers.Order(StringComparer.Ordinal), assembly.GetType("Test.NewsCorpus")!.GetMembers(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly)
            .Select(member => member.Name).Where(name => !name.StartsWith("get_", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal));
    }
}
