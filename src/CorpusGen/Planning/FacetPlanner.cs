using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGen.Diagnostics;
using CorpusGen.Model;
using CorpusGen.Text;

namespace CorpusGen.Planning;

/// <summary>
/// Works out at compile time what each corpus class is looked up by: its outlets and cities, its header's
/// sections, tags and authors, each value with its articles and a member name; its articles in date order; its
/// articles by script. It reads the declarations' facts and the plan's order, so editing an article's text alone
/// leaves it equal.
/// </summary>
public static class FacetPlanner
{
    private const string ValuePrefix = "Value_";

    // A facet class is static, so it may not hide what object declares.
    private static readonly string[] ObjectMembers = ["Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize"];

    public static Result<EquatableArray<CollectionFacets>> Plan(EquatableArray<DeclaredArticle> declared, CorpusPlan plan)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var collections = new List<CollectionFacets>();
        foreach (var collection in plan.Collections)
        {
            // Every planned article parsed, so it has its facts.
            var articles = collection.Articles.Select(article => declared[article.Position]).ToList();
            var facts = articles.Select(article => article.Facts!).ToList();
            var languageCodes = facts.Select(fact => LanguageCode(fact.Language)).ToList();
            var byDate = Enumerable.Range(0, facts.Count).OrderBy(index => facts[index].Date.DayNumber).ThenBy(index => index).ToList();
            var byScript = Enum.GetValues(typeof(ArticleScript)).Cast<ArticleScript>()
                .Select(script => Enumerable.Range(0, facts.Count).Where(index => facts[index].Script == script).ToEquatableArray())
                .ToEquatableArray();

            collections.Add(new CollectionFacets(
                collection.ClassName,
                new EquatableArray<Facet>(
                [
                    PlanFacet("Outlets", "ByOutlet", "outlet", "dateline", articles, fact => One(fact.Outlet), diagnostics),
                    PlanFacet("Cities", "ByCity", "city", "dateline", articles, fact => One(fact.City), diagnostics),
                    PlanFacet("Sections", "BySection", "section", "header", articles, fact => One(fact.Section), diagnostics),
                    PlanFacet("Tags", "ByTag", "tag", "header", articles, fact => fact.Tags, diagnostics),
                    PlanFacet("Authors", "ByAuthor", "author", "header", articles, fact => fact.Authors, diagnostics),
                ]),
                byDate.ToEquatableArray(),
                byDate.Select(index => facts[index].Date).ToEquatableArray(),
                byScript,
                Languages(languageCodes),
                byScript.Select(members => members.Count(index => languageCodes[index] is null)).ToEquatableArray()));
        }

        // A file in two classes gives its values in each, and has one set of problems to report.
        return Result.With(collections.ToEquatableArray(), diagnostics.Distinct());
    }

    // A dataset card names languages by their primary subtag, as Hugging Face's language codes are; a private-use
    // or grandfathered tag (x-..., i-...) names no language code.
    private static EquatableArray<(string Code, int Articles)> Languages(List<string?> codes) =>
        codes.OfType<string>()
            .GroupBy(code => code, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (group.Key, group.Count()))
            .ToEquatableArray();

    private static string? LanguageCode(string? language)
    {
        var dash = language?.IndexOf('-') ?? -1;
        var primary = dash < 0 ? language : language!.Substring(0, dash);
        return primary is { Length: >= 2 } ? UnicodeText.AsciiLowerCase(primary) : null;
    }

    private static IReadOnlyList<string> One(string? value) => value is null ? [] : [value];

    // An article is in the group of each of its values, which an article gives once each.
    private static Facet PlanFacet(string className, string lookup, string valueKind, string source, List<DeclaredArticle> articles, Func<ArticleFacts, IReadOnlyList<string>> valuesOf, List<DiagnosticInfo> diagnostics)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var withoutValue = new List<int>();
        for (var index = 0; index < articles.Count; index++)
        {
            var values = valuesOf(articles[index].Facts!);
            if (values.Count == 0)
            {
                withoutValue.Add(index);
            }

            foreach (var value in values)
            {
                if (groups.TryGetValue(value, out var members))
                {
                    members.Add(index);
                }
                else
                {
                    groups.Add(value, [index]);
                }
            }
        }

        var reserved = new HashSet<string>([.. GeneratedNames.FacetClassMembers, .. ObjectMembers, className], StringComparer.Ordinal);
        var taken = new HashSet<string>(reserved, StringComparer.Ordinal);
        var planned = new List<FacetValue>();
        foreach (var group in groups.OrderByDescending(group => group.Value.Count).ThenBy(group => group.Key, StringComparer.Ordinal))
        {
            var (value, members) = (group.Key, group.Value);
            var (name, reason) = MemberNames.FromStem(value, reserved, ValuePrefix, "the " + valueKind, "the " + className + " class");
            if (!taken.Add(name))
            {
                name = MemberNames.Numbered(name, taken);
                reason = "another " + valueKind + " gives the same name";
            }

            if (reason is not null)
            {
                var first = articles[members[0]];
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RenamedFacetMember, SourcePosition.FileStart(first.FilePath), valueKind, UnicodeText.ToDisplay(value), className + "." + name, reason));
            }

            var dates = members.Select(member => articles[member].Facts!.Date).OrderBy(date => date.DayNumber).ToList();
            planned.Add(new FacetValue(value, name, dates[0], dates[dates.Count - 1], members.ToEquatableArray()));
        }

        return new Facet(className, lookup, valueKind, planned.ToEquatableArray(), withoutValue.ToEquatableArray(), source);
    }
}
