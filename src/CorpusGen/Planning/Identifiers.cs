using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Planning;

/// <summary>C# identifier rules, as the compiler itself applies them.</summary>
public static class Identifiers
{
    public static bool IsValid(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

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
