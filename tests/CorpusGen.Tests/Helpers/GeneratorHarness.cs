using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using CorpusGen.Model;
using CorpusGen.Planning;
using CorpusGen.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Tests.Helpers;

/// <summary>Runs the generator the way the compiler does, on in-memory files, and compiles what it made.</summary>
internal static class GeneratorHarness
{
    public const string RootNamespace = "Test";

    // Diagnose: doc comment problems (CS1570, CS1591, ...) show up as warnings, as in a project that builds its docs.
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    /// <param name="parseOptions">The compiler's parse options; <see cref="ParseOptions"/> unless a test varies them.</param>
    public static GeneratorDriver CreateDriver(IEnumerable<TestFile> files, IReadOnlyDictionary<string, string>? properties = null, CSharpParseOptions? parseOptions = null) =>
        CreateDriver(Texts(files.ToList()), CreateOptions(properties), parseOptions);

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, TestOptionsProvider options, CSharpParseOptions? parseOptions = null) =>
        CSharpGeneratorDriver.Create(
            [new CorpusGenerator().AsSourceGenerator()],
            texts,
            parseOptions ?? ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>
    /// What the compiler gets from the package's targets: each file once (MSBuild compares paths ignoring case and
    /// keeps the first), and the list of every declaration.
    /// </summary>
    public static List<AdditionalText> Texts(IReadOnlyCollection<TestFile> files) =>
        [.. files.DistinctBy(file => file.Path, StringComparer.OrdinalIgnoreCase).Select(file => new TestAdditionalText(file.Path, file.Bytes)), ArticleList(files)];

    /// <summary>The list of articles the package's targets write: a line per declaration, its path, its collection, its paragraph style and its declared file, with tabs between.</summary>
    public static AdditionalText ArticleList(IEnumerable<TestFile> files) =>
        new TestAdditionalText(
            "/project/obj/Debug/" + CorpusGen.Model.ArticleList.FileName,
            string.Concat(files.Where(file => file.Kind == "NewsArticle").Select(file => file.Path + "\t" + file.Collection + "\t" + file.Paragraphs + "\t" + file.SourcePath + "\n")));

    /// <summary>
    /// The file of search indexes the package's task writes for <paramref name="files"/>, from the same additional
    /// files and list the compiler gets; null when the project does not search.
    /// </summary>
    public static byte[]? SearchIndex(IReadOnlyCollection<TestFile> files, IReadOnlyDictionary<string, string>? properties, int maxPostingsBytes = int.MaxValue)
    {
        var options = CorpusGen.Reading.OptionsReader.Read(CreateOptions(properties).GlobalOptions, parsesDocComments: false).Value;
        var texts = Texts(files);
        var list = texts[^1].GetText()!.ToString();
        return options.Searches ? SearchIndexBuilder.Build(texts.Take(texts.Count - 1).ToList(), list, options, maxPostingsBytes) : null;
    }

    public static TestOptionsProvider CreateOptions(IReadOnlyDictionary<string, string>? properties = null)
    {
        var global = ImmutableDictionary.CreateBuilder<string, string>();
        global["build_property.RootNamespace"] = RootNamespace;
        global["build_property.CorpusGenEmbedArticles"] = "true";
        foreach (var (name, value) in properties ?? new Dictionary<string, string>())
        {
            global["build_property." + name] = value;
        }

        return new TestOptionsProvider(global.ToImmutable());
    }

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "CorpusGenTestAssembly",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Runs the generator over <paramref name="files"/> and returns the compilation with its output.</summary>
    public static GeneratorRun Run(IEnumerable<TestFile> files, IReadOnlyDictionary<string, string>? properties = null, params string[] sources)
    {
        var driver = CreateDriver(files, properties);
        var compilation = CreateCompilation(sources);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        AssertIncremental(driver, compilation);
        return new GeneratorRun(driver, compilation, output, generatorDiagnostics, driver.GetRunResult(), files.ToList(), properties);
    }

    /// <summary>Runs <paramref name="driver"/> on <paramref name="compilation"/> and returns the result, once <see cref="AssertIncremental"/> has run it again.</summary>
    public static GeneratorDriverRunResult RunTwice(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGenerators(compilation);
        AssertIncremental(driver, compilation);
        return driver.GetRunResult();
    }

    /// <summary>
    /// Checks the run <paramref name="driver"/> has just made on <paramref name="compilation"/>: every step ran and
    /// holds no Roslyn object, and a second run on an equal compilation, as the IDE makes on each keystroke, is all cached.
    /// </summary>
    public static void AssertIncremental(GeneratorDriver driver, Compilation compilation)
    {
        var first = driver.GetRunResult().Results.Single();

        // A project that gets no source may have no article for the per-article steps to run on.
        if (first.GeneratedSources.Length > 0)
        {
            PipelineAssert.EveryStepRan(first);
        }

        PipelineAssert.NoStepHoldsRoslynObjects(first);
        PipelineAssert.EveryStepCached(driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single());
    }
}

internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    Compilation Input,
    Compilation Output,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    GeneratorDriverRunResult Result,
    IReadOnlyList<TestFile> Files,
    IReadOnlyDictionary<string, string>? Properties = null)
{
    public ImmutableArray<GeneratedSourceResult> Sources => Result.Results.Single().GeneratedSources;

    public string Source(string hintName) => Sources.Single(source => source.HintName == hintName).SourceText.ToString();

    /// <summary>The shard file that declares article member <paramref name="member"/>.</summary>
    public string SourceDeclaring(string member) => GeneratedFiles.SourceDeclaring(Sources, member);

    /// <summary>Compiler errors and warnings of the output compilation.</summary>
    public IEnumerable<Diagnostic> CompilationProblems => Output.GetDiagnostics()
        .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning);

    /// <summary>
    /// Emits the output compilation, which must have no error, with the article files embedded as the package's
    /// targets embed them, and its search index as their task writes it when the project searches, and loads it in
    /// a context of its own.
    /// </summary>
    public Assembly Load(bool embedArticles = true, bool embedSearchIndex = true) =>
        Load(embedArticles, embedSearchIndex ? SearchIndex() : null);

    /// <summary>Emits and loads the output compilation with <paramref name="searchIndex"/> as its search index.</summary>
    public Assembly LoadWithSearchIndex(byte[] searchIndex) => Load(embedArticles: true, searchIndex);

    private Assembly Load(bool embedArticles, byte[]? searchIndex)
    {
        using var image = new MemoryStream();
        var resources = Files
            .Where(file => embedArticles && file.Kind == "NewsArticle")
            .DistinctBy(file => file.Path, StringComparer.OrdinalIgnoreCase)
            .Select(file => new ResourceDescription(
                CorpusGen.Model.CorpusOptions.ResourceName(file.Collection, Path.GetFileName(file.Path)),
                () => new MemoryStream(file.Bytes),
                isPublic: true))
            .ToList();
        if (searchIndex is { } index)
        {
            resources.Add(new ResourceDescription(CorpusGen.Emit.SearchIndexFile.ResourceName, () => new MemoryStream(index), isPublic: true));
        }

        var emitted = Output.Emit(image, manifestResources: resources);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;
        return new AssemblyLoadContext("corpus", isCollectible: true).LoadFromStream(image);
    }

    /// <summary>The file of search indexes the package's task writes for this project, or null when it does not search.</summary>
    public byte[]? SearchIndex() => GeneratorHarness.SearchIndex(Files, Properties);
}

internal static class GeneratedFiles
{
    /// <summary>The name of the shard file that declares article member <paramref name="member"/>.</summary>
    public static string ShardFile(string member, string className = "NewsCorpus") => $"{className}.Articles{ArticleShards.ShardOf(member):00}.g.cs";

    /// <summary>
    /// How many files a corpus of <paramref name="members"/> gets: the article and facet types, the corpus class and
    /// its lookups and its export, and a file per shard in use.
    /// </summary>
    public static int Count(params string[] members) => 5 + members.Select(ArticleShards.ShardOf).Distinct().Count();

    public static string SourceDeclaring(IEnumerable<GeneratedSourceResult> sources, string member) =>
        sources.Select(source => source.SourceText.ToString())
            .Single(text => text.Contains($" {member} => ", StringComparison.Ordinal));
}
