using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Planning;

/// <summary>C# identifier rules, as the compiler itself applies them.</summary>
public static class Identifiers
{
    public static bool IsValid(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    /// <summary>A name a corpus class can have: valid, and not one of the types every corpus shares.</summary>
    public static bool IsValidClassName(string name) =>
        IsValid(name) && name is not ("NewsArticle" or "ArticleScript" or "ArticleDirection");

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
