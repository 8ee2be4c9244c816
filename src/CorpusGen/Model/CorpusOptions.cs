namespace CorpusGen.Model;

/// <summary>The project-wide settings, read from MSBuild properties.</summary>
/// <param name="Namespace">Where the generated types go; empty for the global namespace.</param>
/// <param name="ClassName">The corpus class of articles that name no collection.</param>
/// <param name="Visibility"><c>internal</c> or <c>public</c>.</param>
/// <param name="EmbedsArticles">The package's targets embed each article file as a resource named by
/// <see cref="ResourceName"/>, so the text can be read from there instead of a UTF-8 literal.</param>
/// <param name="WritesCards">Each article member gets its card, a doc comment. Only when the compiler parses doc
/// comments: IDEs always do, and builds do for a documentation file; elsewhere a card is a plain comment that only
/// costs time.</param>
/// <param name="WritesMembers">Each article gets a member of its corpus class. Without them, articles are reached
/// through <c>All</c> and <c>Find</c> only, and a large corpus compiles faster: the members are most of what the
/// compiler spends on the generated code.</param>
/// <param name="ProjectDirectory">The project's folder, to name article files in messages as the project does; empty when unknown.</param>
/// <param name="Paragraphs">How lines make paragraphs in an article whose item names no style.</param>
/// <param name="Searches">Each corpus class gets <c>Search</c>, over the index the package's targets build and embed.</param>
public sealed record CorpusOptions(string Namespace, string ClassName, string Visibility, bool EmbedsArticles, bool WritesCards, bool WritesMembers = true, string ProjectDirectory = "", bool Searches = false, ParagraphStyle Paragraphs = ParagraphStyle.BlankLines)
{
    public const string DefaultClassName = "NewsCorpus";
    public const string DefaultVisibility = "internal";

    /// <summary>The resource the targets embed an article file as: <c>CorpusGen/{Collection}/{file name}</c>.</summary>
    public static string ResourceName(string? collection, string fileName) => ResourceFolder(collection) + fileName;

    /// <summary>What the names of a collection's resources start with; the file name follows.</summary>
    public static string ResourceFolder(string? collection) => "CorpusGen/" + collection + "/";
}
