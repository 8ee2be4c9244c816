using System;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Model;

/// <summary>C# identifier rules, as the compiler itself applies them.</summary>
public static class Identifiers
{
    public static bool IsValid(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    public static readonly string ClassNameRule =
        "it must be a C# identifier that is not a keyword, not all lower case, and not " + string.Join(", ", GeneratedNames.SharedTypes)
        + " or a member every corpus class has (" + string.Join(", ", GeneratedNames.CorpusClassMembers) + ")";

    /// <summary>
    /// A name a corpus class can have: valid; not a contextual keyword (<c>file</c>, <c>var</c>, ... are not type
    /// names); not all lower-case ASCII (warning CS8981); not one of the shared types' names, in any case, since
    /// generated file names are compared ignoring case; and not the name of a member every corpus class has.
    /// </summary>
    public static bool IsValidClassName(string name) =>
        IsValid(name)
        && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None
        && !IsLowerCaseAscii(name)
        && !GeneratedNames.SharedTypes.Contains(name, StringComparer.OrdinalIgnoreCase)
        && !GeneratedNames.CorpusClassMembers.Contains(name, StringComparer.Ordinal);

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
