using System;
using System.Linq;
using CorpusGen.Diagnostics;
using CorpusGen.Emit;
using CorpusGen.Model;
using CorpusGen.Planning;
using CorpusGen.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen;

/// <summary>
/// Turns the project's <c>NewsArticle</c> files into a typed corpus class. Each file is read, parsed and emitted on
/// its own, so editing one article re-runs only that article; the emitted members are then gathered into shard
/// files. The plan (which file becomes which member) depends on file names and ids alone.
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

        var targetSupport = context.ParseOptionsProvider
            .Select((parseOptions, _) => (parseOptions as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.Latest)
            .Combine(context.CompilationProvider.Select((compilation, _) => compilation.GetTypeByMetadataName("System.DateOnly") is not null))
            .Combine(context.AnalyzerConfigOptionsProvider.Select((provider, _) => OptionsReader.ReadTarget(provider.GlobalOptions)))
            .Select((pair, _) => TargetSupport.Check(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.TargetSupport);

        var articleList = context.AdditionalTextsProvider
            .Where(file => ArticleList.IsArticleList(file.Path))
            .Select((file, cancellationToken) => ArticleList.Read(file, cancellationToken))
            .Collect()
            .Select((lists, _) => ArticleList.Merge(lists))
            .WithTrackingName(TrackingNames.ArticleList);

        // Per article, as few steps as will do: each one walks a table as long as the corpus on every pass, so the
        // list and the project's options join each file in one Combine.
        var articles = context.AdditionalTextsProvider
            .Combine(articleList.Combine(options))
            .SelectMany((pair, _) => ArticleFile.Select(pair.Left, pair.Right.Left, pair.Right.Right.Options))
            .WithTrackingName(TrackingNames.ArticleFiles)
            .Select((file, cancellationToken) => ArticleEmitter.Emit(file.Read(cancellationToken), file.ResourceCollection, file.Options))
            .WithTrackingName(TrackingNames.EmittedArticles);

        var collectedArticles = articles
            .Collect()
            .WithComparer(SequenceComparer<EmittedArticle>.Instance);

        // One walk over the collected articles gives what the plan reads and what is reported: both usually stay
        // equal after an edit, and the steps after them cached.
        var declared = collectedArticles
            .Select((articles, _) => DeclaredCorpus.Of(articles))
            .WithTrackingName(TrackingNames.DeclaredArticles);

        var plan = declared
            .Select((declared, _) => declared.Articles)
            .Combine(options)
            .Select((pair, _) => CorpusPlanner.Plan(pair.Left, pair.Right.Options))
            .WithTrackingName(TrackingNames.Plan);

        var emittedShards = collectedArticles
            .Combine(plan)
            .Select((pair, _) => ShardEmitter.Group(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.GroupedShards)
            .SelectMany((shards, _) => shards)
            .WithTrackingName(TrackingNames.Shards)
            .Combine(options)
            .Select((pair, _) => ShardEmitter.Emit(pair.Left, pair.Right.Options))
            .WithTrackingName(TrackingNames.ShardFiles);

        var emittedCorpus = plan
            .Select((plan, _) => EmitCorpus(plan))
            .WithTrackingName(TrackingNames.EmittedCorpus);

        context.RegisterSourceOutput(emittedShards.Combine(targetSupport), static (context, pair) =>
        {
            if (pair.Right.CanCompile && pair.Left is { } file)
            {
                AddSource(context, file);
            }
        });
        context.RegisterSourceOutput(emittedCorpus.Combine(targetSupport), static (context, pair) =>
        {
            foreach (var file in pair.Right.CanCompile ? pair.Left : EquatableArray<GeneratedFile>.Empty)
            {
                AddSource(context, file);
            }
        });

        context.RegisterSourceOutput(options, static (context, result) => Report(context, result.Diagnostics));
        context.RegisterSourceOutput(articleList.Select((list, _) => list.Diagnostics), static (context, diagnostics) => Report(context, diagnostics));
        context.RegisterSourceOutput(targetSupport.Combine(plan), static (context, pair) =>
        {
            // Only a project that declares articles needs to hear about it.
            if (pair.Right.Collections.Count > 0)
            {
                Report(context, pair.Left.Diagnostics);
            }
        });
        context.RegisterSourceOutput(declared.Select((declared, _) => declared.Diagnostics), static (context, diagnostics) => Report(context, diagnostics));
        context.RegisterSourceOutput(plan, static (context, plan) => Report(context, plan.Diagnostics));
    }

    private static EquatableArray<GeneratedFile> EmitCorpus(CorpusPlan plan)
    {
        // A project that declares no article gets no generated types at all.
        if (plan.Collections.Count == 0)
        {
            return EquatableArray<GeneratedFile>.Empty;
        }

        return new[] { ArticleBaseEmitter.Emit(plan.Options) }
            .Concat(plan.Collections.Select(collection => CorpusEmitter.Emit(collection, plan.Options)))
            .ToEquatableArray();
    }

    private static void AddSource(SourceProductionContext context, GeneratedFile file)
    {
        try
        {
            context.AddSource(file.HintName, file.Source);
        }
        catch (ArgumentException)
        {
            // Hint names are unique by construction; were one ever repeated, losing that file beats losing all.
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
