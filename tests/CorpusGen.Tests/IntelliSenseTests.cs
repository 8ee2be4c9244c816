using System.Collections.Immutable;
using System.Reflection;
using CorpusGen.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Tests;

/// <summary>
/// What a developer sees, asked of the completion and QuickInfo services behind Visual Studio and VS Code, with
/// the generator running inside the workspace as it does in the IDE.
/// </summary>
public class IntelliSenseTests
{
    private const string Caret = "$$";

    [Fact]
    public async Task Completion_after_the_corpus_class_lists_All_Find_and_every_article()
    {
        var (document, position) = await OpenAsync($"class C {{ void M() {{ var a = Test.NewsCorpus.{Caret} }} }}");

        var completions = await CompletionService.GetService(document)!.GetCompletionsAsync(document, position);
        var names = completions.ItemsList.Select(item => item.DisplayText).ToList();

        Assert.Contains("All", names);
        Assert.Contains("Find", names);
        Assert.Contains("Count", names);
        Assert.Contains("Article_000_801cc98336fcfd6a", names);
        Assert.Contains("london_floods", names);
    }

    [Fact]
    public async Task Typing_part_of_an_id_finds_the_article()
    {
        var (document, position) = await OpenAsync($"class C {{ void M() {{ var a = Test.NewsCorpus.{Caret} }} }}");
        var service = CompletionService.GetService(document)!;
        var completions = await service.GetCompletionsAsync(document, position);

        var filtered = service.FilterItems(document, completions.ItemsList.ToImmutableArray(), "801cc98336");

        Assert.Equal("Article_000_801cc98336fcfd6a", Assert.Single(filtered).DisplayText);
    }

    [Fact]
    public async Task QuickInfo_on_an_article_shows_its_card()
    {
        var (document, position) = await OpenAsync($"class C {{ object M() => Test.NewsCorpus.Article_000_{Caret}801cc98336fcfd6a; }}");

        var quickInfo = await QuickInfoService.GetService(document)!.GetQuickInfoAsync(document, position);
        var shown = string.Join("\n", quickInfo!.Sections.Select(section => section.Text));

        Assert.Contains("2025-09-20", shown);
        Assert.Contains("إيلاف", shown);
        Assert.Contains("الرباط", shown);
        Assert.Contains("459 words", shown);
        Assert.Contains("إيلاف من الرباط: يجري المدير العام للأمن الوطني", shown);
        Assert.Contains("000_801cc98336fcfd6a.txt", shown);
    }

    [Fact]
    public async Task QuickInfo_on_an_article_with_a_header_shows_its_title_first()
    {
        var (document, position) = await OpenAsync($"class C {{ object M() => Test.NewsCorpus.Article_002_{Caret}ab; }}");

        var quickInfo = await QuickInfoService.GetService(document)!.GetQuickInfoAsync(document, position);
        var shown = string.Join("\n", quickInfo!.Sections.Select(section => section.Text));

        Assert.Contains("Markets rally on rate hopes", shown);
        Assert.True(shown.IndexOf("Markets rally on rate hopes", StringComparison.Ordinal) < shown.IndexOf("2025-01-02", StringComparison.Ordinal), shown);
        Assert.DoesNotContain("title Markets", shown);
    }

    [Fact]
    public async Task Completion_after_a_header_facet_lists_its_values()
    {
        var (document, position) = await OpenAsync($"class C {{ void M() {{ var a = Test.NewsCorpus.Tags.{Caret} }} }}");

        var completions = await CompletionService.GetService(document)!.GetCompletionsAsync(document, position);
        var names = completions.ItemsList.Select(item => item.DisplayText).ToList();

        Assert.Contains("Markets", names);
        Assert.Contains("Rates", names);
        Assert.Contains("All", names);
    }

    private static async Task<(Document Document, int Position)> OpenAsync(string markedSource)
    {
        var position = markedSource.IndexOf(Caret, StringComparison.Ordinal);
        var source = markedSource.Remove(position, Caret.Length);
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var files = new[] { TestFile.Seed(), TestFile.Article("london floods.txt", "date 2025-01-01 LONDON (Reuters) - Rain."), TestFile.Article("002_ab.txt", "date 2025-01-02\ntitle Markets rally on rate hopes\ntags Markets, Rates\n\nLONDON (Reuters) - Shares rose.") };

        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "Test", "Test", LanguageNames.CSharp,
                filePath: "/project/Test.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                parseOptions: GeneratorHarness.ParseOptions,
                metadataReferences: GeneratorHarness.References))
            .AddAnalyzerReference(projectId, new GeneratorAssemblyReference(typeof(CorpusGenerator).Assembly))
            .AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".globalconfig", SourceText.From(GlobalConfig), filePath: "/project/.globalconfig");
        foreach (var text in GeneratorHarness.Texts(files))
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(text.Path), text.GetText()!, filePath: text.Path);
        }

        var documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "C.cs", SourceText.From(source), filePath: "/project/C.cs");
        Assert.True(workspace.TryApplyChanges(solution));

        var document = workspace.CurrentSolution.GetDocument(documentId)!;
        var generated = await document.Project.GetSourceGeneratedDocumentsAsync();
        Assert.Contains(generated, generatedDocument => generatedDocument.HintName == "NewsCorpus.g.cs");
        return (document, position);
    }

    // What MSBuild writes for the package's props: the project's properties.
    private const string GlobalConfig = "is_global = true\nbuild_property.RootNamespace = Test\n";

    /// <summary>The generator's assembly, already loaded, handed to the workspace as the IDE hands it a package's analyzers.</summary>
    private sealed class GeneratorAssemblyReference(Assembly assembly) : AnalyzerReference
    {
        public override string FullPath => assembly.Location;

        public override object Id => assembly.FullName!;

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => [];

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => [];

        public override ImmutableArray<ISourceGenerator> GetGenerators(string language) =>
            language == LanguageNames.CSharp ? [new CorpusGenerator().AsSourceGenerator()] : [];
    }
}
