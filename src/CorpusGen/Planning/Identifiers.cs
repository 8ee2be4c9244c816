using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Planning;

/// <summary>C# identifier rules, as the compiler itself applies them.</summary>
public static class Identifiers
{
    public static bool IsValid(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    public const string ClassNameRule =
        "it must be a C# identifier that is not a keyword, not all lower case, and not NewsArticle, ArticleScript, ArticleDirection, ArticleIndex or ArticleAt";

    /// <summary>
    /// A name a corpus class can have: valid; not a contextual keyword (<c>file</c>, <c>var</c>, ... are not type
    /// names); not all lower-case ASCII (warning CS8981); not one of the shared types' names, in any case, since
    /// generated file names are compared ignoring case; and not the name of the helpers every corpus class has
    /// (a member cannot share its class's name).
    /// </summary>
    public static bool IsValidClassName(string name) =>
        IsValid(name)
        && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None
        && !IsLowerCaseAscii(name)
        && !string.Equals(name, "NewsArticle", System.StringComparison.OrdinalIgnoreCase)
        && !string.Equals(name, "ArticleScript", System.StringComparison.OrdinalIgnoreCase)
        && !string.Equals(name, "ArticleIndex", System.StringComparison.OrdinalIgnoreCase)
        && !string.Equals(name, "ArticleAt", System.StringComparison.OrdinalIgnoreCase)
        && !string.Equals(name, "ArticleDirection", System.StringComparison.OrdinalIgnoreCase);

    private static bool IsLowerCaseAscii(string name)
    {
        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsValidNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!IsValid(part))
            {
                return false;
            }
        }

        return true;
    }
}
