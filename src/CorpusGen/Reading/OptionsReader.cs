using System.Collections.Generic;
using CorpusGen.Diagnostics;
using CorpusGen.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Reading;

/// <summary>
/// Reads the MSBuild properties CorpusGen's props make visible to the compiler: the project's options, and the
/// problems with them. Invalid values fall back to the defaults.
/// </summary>
public static class OptionsReader
{
    public const string NamespaceProperty = "CorpusGenNamespace";
    public const string ClassNameProperty = "CorpusGenClassName";
    public const string VisibilityProperty = "CorpusGenVisibility";
    public const string EmbedArticlesProperty = "CorpusGenEmbedArticles";
    public const string ArticleCardsProperty = "CorpusGenArticleCards";
    public const string ArticleMembersProperty = "CorpusGenArticleMembers";
    public const string SearchProperty = "CorpusGenSearch";
    public const string ParagraphsProperty = "CorpusGenParagraphs";

    /// <summary>What a paragraph style may be, for messages.</summary>
    public const string ParagraphStyleRule = "it must be 'BlankLines' (blank lines separate paragraphs), 'Indented' (a line that starts with white space also starts one) or 'Lines' (every line is one)";

    public static Result<CorpusOptions> Read(AnalyzerConfigOptions options, bool parsesDocComments)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var rootNamespace = Get(options, "RootNamespace") ?? "";

        var @namespace = Get(options, NamespaceProperty) ?? rootNamespace;
        if (@namespace.Length > 0 && !Identifiers.IsValidNamespace(@namespace))
        {
            diagnostics.Add(Invalid(NamespaceProperty, @namespace, "it must be a C# namespace name such as 'MyApp.Corpus'"));
            @namespace = Identifiers.IsValidNamespace(rootNamespace) ? rootNamespace : "";
        }

        var className = Get(options, ClassNameProperty) ?? CorpusOptions.DefaultClassName;
        if (!Identifiers.IsValidClassName(className))
        {
            diagnostics.Add(Invalid(ClassNameProperty, className, Identifiers.ClassNameRule));
            className = CorpusOptions.DefaultClassName;
        }

        var visibility = Get(options, VisibilityProperty)?.ToLowerInvariant() ?? CorpusOptions.DefaultVisibility;
        if (visibility is not ("internal" or "public"))
        {
            diagnostics.Add(Invalid(VisibilityProperty, visibility, "it must be 'internal' or 'public'"));
            visibility = CorpusOptions.DefaultVisibility;
        }

        var embedsArticles = string.Equals(Get(options, EmbedArticlesProperty), "true", System.StringComparison.OrdinalIgnoreCase);

        // Unset, cards follow the compiler: written where doc comments are parsed (an IDE, a documentation file).
        var writesCards = ReadSwitch(options, ArticleCardsProperty, parsesDocComments, diagnostics);
        var writesMembers = ReadSwitch(options, ArticleMembersProperty, true, diagnostics);

        // Unset, as outside the package's targets (which set it), there is no index to search.
        var searches = ReadSwitch(options, SearchProperty, false, diagnostics);

        var paragraphs = ParagraphStyle.BlankLines;
        if (Get(options, ParagraphsProperty) is { } paragraphsValue && !TryReadParagraphStyle(paragraphsValue, out paragraphs))
        {
            diagnostics.Add(Invalid(ParagraphsProperty, paragraphsValue, ParagraphStyleRule));
        }

        // A card belongs to a member: without members there is nothing to show it on.
        return Result.With(
            new CorpusOptions(@namespace, className, visibility, embedsArticles, writesCards && writesMembers, writesMembers, Get(options, "ProjectDir") ?? "", searches, paragraphs),
            diagnostics);
    }

    /// <summary>A paragraph style by its name, in any letter case.</summary>
    public static bool TryReadParagraphStyle(string value, out ParagraphStyle style)
    {
        foreach (var candidate in new[] { ParagraphStyle.BlankLines, ParagraphStyle.Indented, ParagraphStyle.Lines })
        {
            if (string.Equals(value, candidate.ToString(), System.StringComparison.OrdinalIgnoreCase))
            {
                style = candidate;
                return true;
            }
        }

        style = ParagraphStyle.BlankLines;
        return false;
    }

    public static ProjectTarget ReadTarget(AnalyzerConfigOptions options) =>
        new(Get(options, "TargetFramework"), Get(options, "MaxSupportedLangVersion"));

    /// <summary>A property that is 'true', 'false' or unset, which gives <paramref name="whenUnset"/>.</summary>
    private static bool ReadSwitch(AnalyzerConfigOptions options, string property, bool whenUnset, List<DiagnosticInfo> diagnostics)
    {
        var value = Get(options, property)?.ToLowerInvariant();
        if (value is "true" or "false")
        {
            return value == "true";
        }

        if (value is not null)
        {
            diagnostics.Add(Invalid(property, value, "it must be 'true' or 'false', or unset"));
        }

        return whenUnset;
    }

    private static string? Get(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : null;

    private static DiagnosticInfo Invalid(string property, string value, string rule) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, property, value, rule);
}
