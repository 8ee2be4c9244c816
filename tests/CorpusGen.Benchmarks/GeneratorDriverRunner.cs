using System.Collections.Immutable;
using System.Text;
using CorpusGen.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Benchmarks;

/// <summary>Runs the generator in process over an in-memory corpus, as the compiler would.</summary>
public sealed class GeneratorDriverRunner
{
    // The core library holds DateOnly: without it the generator reports CGN010 and adds no source.
    private readonly CSharpCompilation _compilation = CSharpCompilation.Create(
        "Bench",
        references: [MetadataReference.CreateFromFile(typeof(DateOnly).Assembly.Location)],
        options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    private readonly List<AdditionalText> _texts;
    private readonly OptionsProvider _options;

    private readonly DocumentationMode _documentation;

    /// <param name="documentation">None as in a build without a documentation file; Parse as in an IDE, which
    /// makes the generator write the article cards.</param>
    public GeneratorDriverRunner(int articles, DocumentationMode documentation = DocumentationMode.None)
    {
        _documentation = documentation;
        var corpus = SyntheticCorpus.Articles(articles).ToList();
        _texts = corpus.Select(article => (AdditionalText)new InMemoryText("/corpus/" + article.FileName, SourceText.From(article.Content, Encoding.UTF8))).ToList();
        Bytes = corpus.Sum(article => (long)Encoding.UTF8.GetByteCount(article.Content));

        // The list the package's targets write: a line per article, its path, a tab and its (empty) collection.
        var list = string.Concat(_texts.Select(text => text.Path + "\t\n"));
        _texts.Add(new InMemoryText("/obj/" + CorpusGen.Model.ArticleList.FileName, SourceText.From(list, Encoding.UTF8)));
        _options = new OptionsProvider();
    }

    public long Bytes { get; }

    public int Count => _texts.Count - 1;

    public GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            [new CorpusGenerator().AsSourceGenerator()],
            _texts,
            new CSharpParseOptions(LanguageVersion.Latest, _documentation),
            _options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>A full first pass: every article read, parsed and emitted.</summary>
    public GeneratorDriver RunFull() => CreateDriver().RunGenerators(_compilation);

    /// <summary>A pass with nothing changed.</summary>
    public GeneratorDriver RunAgain(GeneratorDriver warm) => warm.RunGenerators(_compilation);

    /// <summary>A pass after one article's text changed.</summary>
    public GeneratorDriver RunAfterEdit(GeneratorDriver warm, int index, int version)
    {
        var old = _texts[index];
        var edited = new InMemoryText(old.Path, SourceText.From(old.GetText()!.ToString() + " " + version, Encoding.UTF8));
        _texts[index] = edited;
        return warm.ReplaceAdditionalText(old, edited).RunGenerators(_compilation);
    }

    private sealed class InMemoryText(string path, SourceText text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ImmutableDictionary<string, string>.Empty
            .Add("build_property.RootNamespace", "Bench")
            .Add("build_property.CorpusGenEmbedArticles", "true")
            .Add("build_property.CorpusGenSearch", Environment.GetEnvironmentVariable("CORPUSGEN_SEARCH") ?? "false"));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;
    }

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
