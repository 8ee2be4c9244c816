using System.Linq;
using CorpusGen.Diagnostics;
using CorpusGen.Emit;
using CorpusGen.Model;
using CorpusGen.Parsing;
using CorpusGen.Planning;
using CorpusGen.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen;

/// <summary>
/// Turns the project's <c>NewsArticle</c> files into a typed corpus class: each file is read, parsed and emitted on
/// its own, so editing one article re-runs only that article; the plan (which file becomes which member) depends on
/// file names and ids alone; the emitted members are then gathered into shard files. docs/ARCHITECTURE.md draws it.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider.Select((parseOptions, _) => parseOptions.DocumentationMode != DocumentationMode.None))
            .Select((pair, _) => OptionsReader.Read(pair.Left.GlobalOptions, parsesDocComments: pair.Right))
            .WithTrackingName(TrackingNames.Options);

        var canCompile = context.ParseOptionsProvider
            .Select((parseOptions, _) => (parseOptions as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.Latest)
            .Combine(context.CompilationProvider.Select((compilation, _) => compilation.GetTypeByMetadataName("System.DateOnly") is not null))
            .Combine(context.AnalyzerConfigOptionsProvider.Select((provider, _) => OptionsReader.ReadTarget(provider.GlobalOptions)))
            .Select((pair, _) => TargetSupport.Check(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.TargetSupport);

        var articleList = context.AdditionalTextsProvider
            .Where(file => ArticleListReader.IsArticleList(file.Path))
            .Select((file, cancellationToken) => ArticleListReader.Read(file, cancellationToken))
            .Collect()
            .Select((lists, _) => ArticleListReader.Merge(lists))
            .WithTrackingName(TrackingNames.ArticleList);

        // Per article, as few steps as will do: each one walks a table as long as the corpus on every pass, so the
        // list and the options join each file in one Combine, and one step reads, parses and emits it.
        var articles = context.AdditionalTextsProvider
            .Combine(articleList.Combine(options))
            .SelectMany((pair, _) => ArticleFiles.DeclaredIn(pair.Right.Left.Value, pair.Left, pair.Right.Right.Value))
            .WithTrackingName(TrackingNames.ArticleFiles)
            .Select((file, cancellationToken) =>
            {
                var text = ArticleReader.Read(file, cancellationToken);
                var parsed = ArticleParser.Parse(text, file.Options.ProjectDirectory);
                return FragmentEmitter.Emit(parsed, file.ResourceCollection, file.Options);
            })
            .WithTrackingName(TrackingNames.CompiledArticles);

        var collectedArticles = articles
            .Collect()
            .WithComparer(SequenceComparer<Result<CompiledArticle>>.Instance);

        var declarations = collectedArticles
            .Select((articles, _) => CorpusPlanner.Declarations(articles))
            .WithTrackingName(TrackingNames.Declarations);

        var plan = declarations
            .Select((declarations, _) => declarations.Value)
            .Combine(options)
            .Select((pair, _) => CorpusPlanner.Plan(pair.Left, pair.Right.Value))
            .WithTrackingName(TrackingNames.Plan);

        var shardFiles = collectedArticles
            .Combine(plan)
            .Select((pair, _) => ShardFileEmitter.Gather(pair.Left, pair.Right.Value))
            .WithTrackingName(TrackingNames.GatheredShards)
            .SelectMany((shards, _) => shards)
            .WithTrackingName(TrackingNames.Shards)
            .Combine(options)
            .Select((pair, _) => ShardFileEmitter.Emit(pair.Left, pair.Right.Value))
            .WithTrackingName(TrackingNames.ShardFiles);

        // What each class is looked up by: facts of the declarations in the plan's order. Editing a text alone
        // leaves the declarations equal, and this step cached.
        var facets = declarations
            .Select((declarations, _) => declarations.Value)
            .Combine(plan)
            .Select((pair, _) => FacetPlanner.Plan(pair.Left, pair.Right.Value))
            .WithTrackingName(TrackingNames.Facets);

        var lookupFiles = facets
            .Combine(plan)
            .Select((pair, _) => EmitLookups(pair.Left.Value, pair.Right.Value))
            .WithTrackingName(TrackingNames.LookupFiles);

        // Each class's JSON Lines writer and dataset card, whose numbers come from the facets.
        var exportFiles = facets
            .Combine(options)
            .Select((pair, _) => EmitExports(pair.Left.Value, pair.Right.Value))
            .WithTrackingName(TrackingNames.ExportFiles);

        var corpusFiles = plan
            .Select((plan, _) => EmitCorpus(plan.Value))
            .WithTrackingName(TrackingNames.CorpusFiles);

        // Search reads an index the targets build before the compiler runs: here only the engine and each class's
        // entry point, which depend on the plan alone, so editing an article re-emits nothing of it.
        var searchFiles = plan
            .Select((plan, _) => EmitSearch(plan.Value))
            .WithTrackingName(TrackingNames.SearchFiles);

        context.RegisterSourceOutput(shardFiles.Combine(canCompile), static (context, pair) =>
        {
            if (pair.Right.Value && pair.Left is { } file)
            {
                context.AddSource(file.HintName, file.Source);
            }
        });
        context.RegisterSourceOutput(corpusFiles.Combine(canCompile), static (context, pair) => AddSources(context, pair.Left, pair.Right.Value));
        context.RegisterSourceOutput(lookupFiles.Combine(canCompile), static (context, pair) => AddSources(context, pair.Left, pair.Right.Value));
        context.RegisterSourceOutput(exportFiles.Combine(canCompile), static (context, pair) => AddSources(context, pair.Left, pair.Right.Value));
        context.RegisterSourceOutput(searchFiles.Combine(canCompile), static (context, pair) => AddSources(context, pair.Left, pair.Right.Value));

        context.ReportDiagnostics(options);
        context.ReportDiagnostics(articleList);
        context.ReportDiagnostics(declarations);
        context.ReportDiagnostics(plan);
        context.ReportDiagnostics(facets);

        // The heap's limit is the assembly's, so it is checked over every shard of every class.
        context.ReportDiagnostics(shardFiles.Collect().Select((files, _) => UserStringHeap.Problems(files)));

        // Only a project that declares articles needs to hear that it cannot compile them.
        context.ReportDiagnostics(canCompile
            .Combine(plan.Select((plan, _) => plan.Value.Collections.Count > 0))
            .Select((pair, _) => pair.Right ? pair.Left.Diagnostics : EquatableArray<DiagnosticInfo>.Empty));
    }

    /// <summary>The shared types and a class per collection; a project that declares no article gets no type at all.</summary>
    private static EquatableArray<GeneratedFile> EmitCorpus(CorpusPlan plan) =>
        plan.Collections.Count == 0
            ? EquatableArray<GeneratedFile>.Empty
            : new[] { ArticleClassEmitter.Emit(plan.Options), LookupEmitter.EmitFacetType(plan.Options) }
                .Concat(plan.Collections.Select(collection => CorpusClassEmitter.Emit(collection, plan.Options)))
                .ToEquatableArray();

    /// <summary>The search engine and each class's <c>Search</c>, when the project searches.</summary>
    private static EquatableArray<GeneratedFile> EmitSearch(CorpusPlan plan) =>
        plan.Collections.Count == 0 || !plan.Options.Searches
            ? EquatableArray<GeneratedFile>.Empty
            : SearchEmitter.EmitShared(plan.Options)
                .Concat(plan.Collections.Select(collection => SearchEmitter.Emit(collection, plan.Options)))
                .ToEquatableArray();

    /// <summary>Each class's lookups file, beside its class.</summary>
    private static EquatableArray<GeneratedFile> EmitLookups(EquatableArray<CollectionFacets> facets, CorpusPlan plan) =>
        plan.Collections.Zip(facets, (collection, classFacets) => LookupEmitter.Emit(collection, classFacets, plan.Options)).ToEquatableArray();

    /// <summary>Each class's export file, beside its class.</summary>
    private static EquatableArray<GeneratedFile> EmitExports(EquatableArray<CollectionFacets> facets, CorpusOptions options) =>
        facets.Select(classFacets => ExportEmitter.Emit(classFacets, options)).ToEquatableArray();

    private static void AddSources(SourceProductionContext context, EquatableArray<GeneratedFile> files, bool canCompile)
    {
        foreach (var file in canCompile ? files : EquatableArray<GeneratedFile>.Empty)
        {
            context.AddSource(file.HintName, file.Source);
        }
    }
}
