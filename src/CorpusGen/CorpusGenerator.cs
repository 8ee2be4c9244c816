using System;
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
            .Select((pair, _) => TargetSupport.Check(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.TargetSupport);

        var parsedArticles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, _) => ArticleFile.Select(pair.Left, pair.Right.GetOptions(pair.Left)))
            .Where(file => file is not null)
            .WithTrackingName(TrackingNames.ArticleFiles)
            .Select((file, cancellationToken) => file!.Read(cancellationToken))
            .WithTrackingName(TrackingNames.ParsedArticles);

        var plan = parsedArticles
            .Select((parsed, _) => Declare(parsed))
            .WithTrackingName(TrackingNames.DeclaredArticles)
            .Collect()
            .WithComparer(SequenceComparer<DeclaredArticle>.Instance)
            .Combine(options)
            .Select((pair, _) => CorpusPlanner.Plan(pair.Left, pair.Right.Options))
            .WithTrackingName(TrackingNames.Plan);

        var emittedArticles = parsedArticles
            .Combine(plan)
            .Select((pair, _) => ToSource(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ArticleSources)
            .Where(source => source is not null)
            .Select((source, _) => ArticleEmitter.Emit(source!))
            .WithTrackingName(TrackingNames.EmittedArticles);

        var emittedShards = emittedArticles
            .Collect()
            .WithComparer(SequenceComparer<ArticleFragment>.Instance)
            .Select((fragments, _) => ShardEmitter.Group(fragments))
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
        context.RegisterSourceOutput(targetSupport.Combine(plan), static (context, pair) =>
        {
            // Only a project that declares articles needs to hear about it.
            if (pair.Right.Collections.Count > 0)
            {
                Report(context, pair.Left.Diagnostics);
            }
        });
        context.RegisterSourceOutput(parsedArticles, static (context, result) => Report(context, result.Diagnostics));
        context.RegisterSourceOutput(plan, static (context, plan) => Report(context, plan.Diagnostics));
    }

    private static DeclaredArticle Declare(ArticleParseResult parsed)
    {
        var name = ArticleFileName.FromPath(parsed.FilePath);
        return new DeclaredArticle(parsed.FilePath, name.FileName, name.Stem, parsed.Collection, parsed.Article?.Id);
    }

    private static ArticleSource? ToSource(ArticleParseResult parsed, CorpusPlan plan) =>
        parsed.Article is not null && plan.TryFind(parsed.FilePath, out var className, out var memberName)
            ? new ArticleSource(parsed.Article, plan.Options, className, memberName, ArticleShards.Of(memberName))
            : null;

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
