using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Planning;

/// <summary>
/// Names an article's member after its file name. The stem's runs of characters that can be in a C# name are
/// kept and joined with <c>_</c>; a name that would start with a digit, be a keyword or one of the corpus class's
/// own members gets the prefix <c>Article_</c>; a name already taken gets <c>_2</c>, <c>_3</c>, ... in file name
/// order. <c>000_801cc98336fcfd6a.txt</c> gives <c>Article_000_801cc98336fcfd6a</c>.
/// </summary>
public static class MemberNames
{
    public const string Prefix = "Article_";

    private const int MaxLength = 255;

    /// <summary>The member name for <paramref name="stem"/>, and why it differs from the stem, if it must.</summary>
    /// <param name="prefix">What a name that cannot stand alone starts with.</param>
    /// <param name="subject">What the name is made from, as a reason names it.</param>
    /// <param name="owner">The class the member is in, as a reason names it.</param>
    public static (string Name, string? Reason) FromStem(string stem, ISet<string> reserved, string prefix = Prefix, string subject = "its file name", string owner = "the corpus class")
    {
        var name = KeepIdentifierRuns(stem, out var dropped);
        string? reason = dropped ? subject + " has characters a C# name cannot hold" : null;
        if (name.Length > MaxLength)
        {
            // Metadata holds a name of 1,024 UTF-8 bytes at most: 255 units of up to 3 bytes leave room for a prefix and a number.
            name = name.Substring(0, char.IsHighSurrogate(name[MaxLength - 1]) ? MaxLength - 1 : MaxLength);
            reason ??= subject + " is longer than a member name may be (255 characters)";
        }

        if (name.Length == 0)
        {
            return (prefix + "Unnamed", reason);
        }

        if (!SyntaxFacts.IsIdentifierStartCharacter(name[0]))
        {
            // NNN_id.txt, the usual form, lands here: the prefix is the documented rule, not worth a message.
            name = prefix + name;
        }
        else if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            name = prefix + name;
            reason ??= subject + " is a C# keyword";
        }
        else if (reserved.Contains(name))
        {
            name = prefix + name;
            reason ??= $"'{name.Substring(prefix.Length)}' is a member {owner} already has";
        }

        return (name, reason);
    }

    /// <summary>The first of <c>name_2</c>, <c>name_3</c>, ... not yet in <paramref name="taken"/>, which it joins.</summary>
    public static string Numbered(string name, ISet<string> taken)
    {
        for (var suffix = 2; ; suffix++)
        {
            var numbered = name + "_" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (taken.Add(numbered))
            {
                return numbered;
            }
        }
    }

    private static string KeepIdentifierRuns(string stem, out bool dropped)
    {
        var name = new StringBuilder(stem.Length);
        var pendingSeparator = false;
        dropped = false;
        foreach (var c in stem)
        {
            if (SyntaxFacts.IsIdentifierPartCharacter(c) && !IsFormatCharacter(c))
            {
                if (pendingSeparator && name.Length > 0)
                {
                    name.Append('_');
                }

                pendingSeparator = false;
                name.Append(c);
            }
            else
            {
                pendingSeparator = true;
                dropped = true;
            }
        }

        return name.ToString();
    }

    // Zero-width and bidi marks are legal in C# names but would make two names look alike.
    private static bool IsFormatCharacter(char c) =>
        System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;
}
