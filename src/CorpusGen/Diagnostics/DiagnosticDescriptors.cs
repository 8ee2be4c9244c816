using Microsoft.CodeAnalysis;

namespace CorpusGen.Diagnostics;

/// <summary>Every diagnostic CorpusGen reports. README lists them with an example each.</summary>
public static class DiagnosticDescriptors
{
    private const string Category = "CorpusGen";

    public static readonly DiagnosticDescriptor MissingDateHeader = Create(
        "CGN001",
        "Article has no date header",
        "'{0}' must start with a header 'date YYYY-MM-DD' followed by the article text, but {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidDate = Create(
        "CGN002",
        "Article date does not exist",
        "'{0}' is dated '{1}', which is not a date of the Gregorian calendar ({2}): correct the date",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor EmptyArticle = Create(
        "CGN003",
        "Article has no text",
        "'{0}' {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateId = Create(
        "CGN004",
        "Two articles share an id",
        "'{0}' has the id '{1}', which '{2}' already has: rename one of the files (the id is the file name's stem, or its part after 'NNN_'), or give them different Collections",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UndecodableText = Create(
        "CGN005",
        "Article text is not valid UTF-8",
        "'{0}' {1}; the article is generated with the text as the compiler read it",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor RenamedMember = Create(
        "CGN006",
        "Article member name was adjusted",
        "'{0}' is exposed as '{1}' because {2}",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor MemberNameCollision = Create(
        "CGN016",
        "Two article files give one member name",
        "'{0}' is exposed as '{1}' because '{2}' already gives the name '{3}': rename one of the files so that their names differ in letters or digits",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor RenamedFacetMember = Create(
        "CGN017",
        "Facet member name was adjusted",
        "The {0} '{1}' is exposed as '{2}' because {3}",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        "CGN007",
        "Invalid CorpusGen option",
        "The value '{1}' of '{0}' is not valid: {2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnreadableFile = Create(
        "CGN008",
        "Article file cannot be read",
        "'{0}' could not be read: check that it exists and that the build may read it",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Create(
        "CGN009",
        "C# version too old for CorpusGen",
        "CorpusGen needs C# 11 or later, but {0}; no article is generated until then",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor FrameworkTooOld = Create(
        "CGN010",
        "Target framework too old for CorpusGen",
        "CorpusGen needs {0}, but {1}; no article is generated until then",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor PathsDifferInCaseOnly = Create(
        "CGN012",
        "Two article paths differ only in letter case",
        "'{0}' has the path of '{1}' but for letter case, and MSBuild takes both for one file: rename one, or spell both paths alike; this declaration is skipped",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ManyArticleMembers = Create(
        "CGN014",
        "Many article members",
        "The project has {0} article members, one per article and class, and past {1} they are a large part of its build time and of a program's first use of the corpus class, which the runtime loads with every member: set CorpusGenArticleMembers to false to reach the articles through All and Find alone",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor RepeatedHeaderField = Create(
        "CGN020",
        "Header field given twice",
        "'{0}' gives the header field '{1}' a second time; line {2} gives it first, and only that line is read: keep one of them",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidHeaderValue = Create(
        "CGN021",
        "Header value left out",
        "'{0}' {1}; the field is left out and the article is still generated",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UserStringHeapFull = Create(
        "CGN022",
        "Article tables pass the assembly's string heap",
        "The corpus's tables of article metadata take {0} MB of string constants, but an assembly's user-string heap holds {1} MB, so the compiler stops with CS8103: file names and header values (titles, URLs) take two bytes a character of it; put part of the articles in a class library of its own, which has a heap of its own",
        DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true);
}
