using System.Collections.Immutable;
using CorpusGen.Tests.Helpers;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests;

public class IncrementalityTests
{
    [Fact]
    public void Second_run_with_same_input_is_all_cached_and_holds_no_compilation_symbol_or_syntax() =>
        GeneratorHarness.RunTwice(GeneratorHarness.CreateDriver(Corpus(5)), GeneratorHarness.CreateCompilation());

    [Fact]
    public void Roslyn_object_check_finds_one_at_any_depth_and_ends_on_a_cycle()
    {
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("");
        var nested = (1, new List<object?> { "a", new Holder((2, ImmutableArray.Create<object?>(null, new Holder(new Holder(new Holder(new Holder(tree))))))) });
        var cycle = new List<object?>();
        cycle.Add(cycle);

        Assert.EndsWith("SyntaxTree at value.Item2[1].Value.Item2[1].Value.Value.Value.Value", PipelineAssert.PathToRoslynObject(nested));
        Assert.Null(PipelineAssert.PathToRoslynObject(cycle));
    }

    [Fact]
    public void Editing_one_article_reruns_only_that_article()
    {
        var files = Corpus(20);
        var texts = GeneratorHarness.Texts(files);
        var driver = GeneratorHarness.CreateDriver(texts, GeneratorHarness.CreateOptions());
        var compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        var edited = new TestAdditionalText(texts[7].Path, files[7].Content.Replace("first", "edited", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(texts[7], edited).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        AssertReasons(result, TrackingNames.CompiledArticles, modified: 1, others: IncrementalStepRunReason.Cached);
        Assert.All(Outputs(result, TrackingNames.Plan), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.All(Outputs(result, TrackingNames.CorpusFiles), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        var shardFiles = Outputs(result, TrackingNames.ShardFiles).ToList();
        Assert.Single(shardFiles, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.All(shardFiles.Where(output => output.Reason != IncrementalStepRunReason.Modified), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Contains("edited", GeneratedFiles.SourceDeclaring(result.GeneratedSources, "Article_007_07"));
    }

    [Fact]
    public void Editing_an_article_s_text_leaves_the_lookups_cached_and_editing_its_dateline_re_emits_them_only()
    {
        var files = Corpus(20);
        var texts = GeneratorHarness.Texts(files);
        var driver = GeneratorHarness.CreateDriver(texts, GeneratorHarness.CreateOptions());
        var compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        var textEdited = new TestAdditionalText(texts[7].Path, files[7].Content.Replace("first", "edited", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(texts[7], textEdited).RunGenerators(compilation);
        var afterText = driver.GetRunResult().Results.Single();
        Assert.All(Outputs(afterText, TrackingNames.Facets).Concat(Outputs(afterText, TrackingNames.LookupFiles)).Concat(Outputs(afterText, TrackingNames.ExportFiles)), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));

        var datelineEdited = new TestAdditionalText(texts[7].Path, files[7].Content.Replace("LONDON (Reuters)", "PARIS (AFP)", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(textEdited, datelineEdited).RunGenerators(compilation);
        var afterDateline = driver.GetRunResult().Results.Single();
        Assert.All(Outputs(afterDateline, TrackingNames.LookupFiles).Concat(Outputs(afterDateline, TrackingNames.ExportFiles)), output => Assert.Equal(IncrementalStepRunReason.Modified, output.Reason));
        Assert.All(Outputs(afterDateline, TrackingNames.CorpusFiles), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Single(Outputs(afterDateline, TrackingNames.ShardFiles), output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("public static global::Test.ArticleFacet AFP => ", afterDateline.GeneratedSources.Single(source => source.HintName == "NewsCorpus.Lookups.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Adding_a_title_leaves_the_lookups_cached_and_adding_a_tag_re_emits_them_only()
    {
        var files = Corpus(20);
        var texts = GeneratorHarness.Texts(files);
        var driver = GeneratorHarness.CreateDriver(texts, GeneratorHarness.CreateOptions());
        var compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);
        var (dateLine, body) = (files[7].Content[.."date 2025-01-08".Length], files[7].Content[("date 2025-01-08".Length + 1)..]);

        var titled = new TestAdditionalText(texts[7].Path, dateLine + "\ntitle A headline\n\n" + body);
        driver = driver.ReplaceAdditionalText(texts[7], titled).RunGenerators(compilation);
        var afterTitle = driver.GetRunResult().Results.Single();
        Assert.All(Outputs(afterTitle, TrackingNames.Facets).Concat(Outputs(afterTitle, TrackingNames.LookupFiles)).Concat(Outputs(afterTitle, TrackingNames.ExportFiles)), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Single(Outputs(afterTitle, TrackingNames.ShardFiles), output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("<b>A headline</b>", GeneratedFiles.SourceDeclaring(afterTitle.GeneratedSources, "Article_007_07"));

        var tagged = new TestAdditionalText(texts[7].Path, dateLine + "\ntitle A headline\ntags Markets\n\n" + body);
        driver = driver.ReplaceAdditionalText(titled, tagged).RunGenerators(compilation);
        var afterTag = driver.GetRunResult().Results.Single();
        Assert.All(Outputs(afterTag, TrackingNames.LookupFiles).Concat(Outputs(afterTag, TrackingNames.ExportFiles)), output => Assert.Equal(IncrementalStepRunReason.Modified, output.Reason));
        Assert.All(Outputs(afterTag, TrackingNames.CorpusFiles), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Contains("public static global::Test.ArticleFacet Markets => ", afterTag.GeneratedSources.Single(source => source.HintName == "NewsCorpus.Lookups.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Editing_an_article_leaves_the_search_files_cached_and_adding_one_re_emits_them()
    {
        var files = Corpus(20);
        var texts = GeneratorHarness.Texts(files);
        var driver = GeneratorHarness.CreateDriver(texts, GeneratorHarness.CreateOptions(new Dictionary<string, string> { ["CorpusGenSearch"] = "true" }));
        var compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);
        Assert.Contains(driver.GetRunResult().Results.Single().GeneratedSources, source => source.HintName == "NewsCorpus.Search.g.cs");

        // The index is the targets' to rebuild; the generated search depends on the plan alone.
        var edited = new TestAdditionalText(texts[7].Path, files[7].Content.Replace("LONDON (Reuters)", "PARIS (AFP)", StringComparison.Ordinal) + " more words");
        driver = driver.ReplaceAdditionalText(texts[7], edited).RunGenerators(compilation);
        Assert.All(Outputs(driver.GetRunResult().Results.Single(), TrackingNames.SearchFiles), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));

        var added = TestFile.Article("999_new.txt", "date 2025-01-01 New.");
        driver = driver.AddAdditionalTexts([new TestAdditionalText(added.Path, added.Content)])
            .ReplaceAdditionalText(texts[^1], GeneratorHarness.ArticleList([.. files, added]))
            .RunGenerators(compilation);
        Assert.All(Outputs(driver.GetRunResult().Results.Single(), TrackingNames.SearchFiles), output => Assert.Equal(IncrementalStepRunReason.Modified, output.Reason));
    }

    [Fact]
    public void Breaking_an_article_reports_it_and_mending_it_clears_the_report()
    {
        var files = Corpus(5);
        var texts = GeneratorHarness.Texts(files);
        var driver = GeneratorHarness.CreateDriver(texts, GeneratorHarness.CreateOptions()).RunGenerators(GeneratorHarness.CreateCompilation());
        Assert.Empty(driver.GetRunResult().Diagnostics);

        var broken = new TestAdditionalText(texts[2].Path, "no header here");
        driver = driver.ReplaceAdditionalText(texts[2], broken).RunGenerators(GeneratorHarness.CreateCompilation());
        var reported = Assert.Single(driver.GetRunResult().Diagnostics);
        Assert.Equal("CGN001", reported.Id);
        Assert.Equal(texts[2].Path, reported.Location.GetLineSpan().Path);
        Assert.DoesNotContain(driver.GetRunResult().Results.Single().GeneratedSources, source => source.SourceText.ToString().Contains(" Article_002_02 => ", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(broken, texts[2]).RunGenerators(GeneratorHarness.CreateCompilation());
        Assert.Empty(driver.GetRunResult().Diagnostics);
        Assert.Contains(" Article_002_02 => ", GeneratedFiles.SourceDeclaring(driver.GetRunResult().Results.Single().GeneratedSources, "Article_002_02"));
    }

    [Fact]
    public void Adding_an_article_adds_its_source_and_emits_no_other_article()
    {
        var files = Corpus(10);
        var texts = GeneratorHarness.Texts(files);
        var driver = GeneratorHarness.CreateDriver(texts, GeneratorHarness.CreateOptions()).RunGenerators(GeneratorHarness.CreateCompilation());
        var written = driver.GetRunResult().GeneratedTrees.Select(tree => Path.GetFileName(tree.FilePath)).ToHashSet();

        // The new article lands in a shard that had no article, the case that could shift the shards after it.
        var (stem, shardFile) = Enumerable.Range(10, 90)
            .Select(i => $"{i:000}_{i:x2}")
            .Select(name => (name, GeneratedFiles.ShardFile("Article_" + name)))
            .First(candidate => !written.Contains(candidate.Item2));
        var added = TestFile.Article(stem + ".txt", "date 2025-01-01 new");
        driver = driver
            .AddAdditionalTexts([new TestAdditionalText(added.Path, added.Content)])
            .ReplaceAdditionalText(texts[^1], GeneratorHarness.ArticleList([.. files, added]))
            .RunGenerators(GeneratorHarness.CreateCompilation());
        var result = driver.GetRunResult().Results.Single();

        var emitted = Outputs(result, TrackingNames.CompiledArticles).ToList();
        Assert.Single(emitted, output => output.Reason == IncrementalStepRunReason.New);
        Assert.Equal(10, emitted.Count(output => output.Reason == IncrementalStepRunReason.Cached));
        Assert.Contains($" Article_{stem} => ", result.GeneratedSources.Single(source => source.HintName == shardFile).SourceText.ToString());
        Assert.Single(Outputs(result, TrackingNames.ShardFiles), output => output.Reason != IncrementalStepRunReason.Cached);
        Assert.Contains("public const int Count = 11;", result.GeneratedSources.Single(source => source.HintName == "NewsCorpus.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Removing_an_article_removes_its_source()
    {
        var files = Corpus(3);
        var texts = GeneratorHarness.Texts(files);
        var driver = GeneratorHarness.CreateDriver(texts, GeneratorHarness.CreateOptions()).RunGenerators(GeneratorHarness.CreateCompilation());

        driver = driver
            .RemoveAdditionalTexts([texts[1]])
            .ReplaceAdditionalText(texts[^1], GeneratorHarness.ArticleList([files[0], files[2]]))
            .RunGenerators(GeneratorHarness.CreateCompilation());
        var result = driver.GetRunResult().Results.Single();

        Assert.DoesNotContain(result.GeneratedSources, source => source.HintName.Contains("Article_001_01", StringComparison.Ordinal));
        Assert.DoesNotContain("Article_001_01", result.GeneratedSources.Single(source => source.HintName == "NewsCorpus.g.cs").SourceText.ToString());
        Assert.Equal(GeneratedFiles.Count("Article_000_00", "Article_002_02"), result.GeneratedSources.Length);
    }

    [Fact]
    public void Renaming_an_article_follows_the_new_name()
    {
        var files = Corpus(3);
        var renamed = files[1] with { Path = "/project/corpus/005_01.txt" };
        var texts = GeneratorHarness.Texts(files);
        var driver = GeneratorHarness.CreateDriver(texts, GeneratorHarness.CreateOptions()).RunGenerators(GeneratorHarness.CreateCompilation());

        driver = driver
            .RemoveAdditionalTexts([texts[1]])
            .AddAdditionalTexts([new TestAdditionalText(renamed.Path, renamed.Content)])
            .ReplaceAdditionalText(texts[^1], GeneratorHarness.ArticleList([files[0], renamed, files[2]]))
            .RunGenerators(GeneratorHarness.CreateCompilation());
        var sources = driver.GetRunResult().Results.Single().GeneratedSources;

        Assert.Contains(" Article_005_01 => ", GeneratedFiles.SourceDeclaring(sources, "Article_005_01"));
        Assert.DoesNotContain(sources, source => source.SourceText.ToString().Contains("Article_001_01", StringComparison.Ordinal));
    }

    [Fact]
    public void Other_additional_files_are_never_read()
    {
        var other = new ThrowingAdditionalText("/project/PublicAPI.Shipped.txt");
        var files = Corpus(2);
        var texts = GeneratorHarness.Texts([.. files, new TestFile(other.Path, "", Kind: null)]);
        texts[2] = other;

        var result = GeneratorHarness.RunTwice(GeneratorHarness.CreateDriver(texts, GeneratorHarness.CreateOptions()), GeneratorHarness.CreateCompilation());

        Assert.Empty(result.Diagnostics);
        Assert.Equal(GeneratedFiles.Count("Article_000_00", "Article_001_01"), result.GeneratedTrees.Length);
    }

    private static List<TestFile> Corpus(int count) =>
        Enumerable.Range(0, count)
            .Select(i => TestFile.Article($"{i:000}_{i:x2}.txt", $"date 2025-01-{i % 28 + 1:00} LONDON (Reuters) - The first paragraph of article {i}.\n\nThe second."))
            .ToList();

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(run => run.Outputs);

    private static void AssertReasons(GeneratorRunResult result, string step, int modified, IncrementalStepRunReason others)
    {
        var reasons = Outputs(result, step).Select(output => output.Reason).ToList();
        Assert.Equal(modified, reasons.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.All(reasons.Where(reason => reason != IncrementalStepRunReason.Modified), reason => Assert.Equal(others, reason));
    }

    private sealed record Holder(object? Value);

    /// <summary>An additional file that fails the test if the generator reads it.</summary>
    private sealed class ThrowingAdditionalText(string path) : AdditionalText
    {
        public override string Path => path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"{path} is not an article and must not be read");
    }
}
