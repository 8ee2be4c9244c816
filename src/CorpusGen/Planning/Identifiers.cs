using System;
using System.Linq;
using CorpusGen.Emit;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Planning;

/// <summary>C# identifier rules, as the compiler itself applies them.</summary>
public static class Identifiers
{
    public static bool IsValid(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    /// <summary>The types generated beside the corpus classes.</summary>
    public static readonly string[] SharedTypes = [TypeNames.Article, TypeNames.Script, TypeNames.Direction];

    /// <summary>What every corpus class declares: no class can share a name with one of its members (CS0542).</summary>
    public static readonly string[] CorpusClassMembers = ["All", "Find", "Count", CorpusEmitter.IndexClass, CorpusEmitter.ArticleAt];

    public static readonly string ClassNameRule =
        "it must be a C# identifier that is not a keyword, not all lower case, and not " + string.Join(", ", SharedTypes)
        + " or a member every corpus class has (" + string.Join(", ", CorpusClassMembers) + ")";

    /// <summary>
    /// A name a corpus class can have: valid; not a contextual keyword (<c>file</c>, <c>var</c>, ... are not type
    /// names); not all lower-case ASCII (warning CS8981); not one of the shared types' names, in any case, since
    /// generated file names are compared ignoring case; and not the name of a member every corpus class has.
    /// </summary>
    public static bool IsValidClassName(string name) =>
        IsValid(name)
        && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None
        && !IsLowerCaseAscii(name)
        && !SharedTypes.Contains(name, StringComparer.OrdinalIgnoreCase)
        && !CorpusClassMembers.Contains(name, StringComparer.Ordinal);

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
