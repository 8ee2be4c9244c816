using System.Runtime.CompilerServices;
using CorpusGen.Model;

namespace CorpusGen.Text;

/// <summary>
/// What the parser and the cards ask of each UTF-16 code unit, looked up in one 64 KB table instead of asked of the
/// Unicode tables character by character. The table is built once per process from <see cref="UnicodeText"/>'s answers.
/// </summary>
internal static class CharClasses
{
    /// <summary>The low bits: the <see cref="ArticleScript"/> of a letter; <see cref="ArticleScript.Unknown"/> for the rest.</summary>
    public const byte ScriptMask = 0x0F;
    public const byte WhiteSpace = 0x10;
    public const byte LetterOrDigit = 0x20;

    /// <summary>Half of a surrogate pair, or a lone one: the letter tests need the whole code point.</summary>
    public const byte Surrogate = 0x40;

    /// <summary>Not white space, but not shown either: <see cref="UnicodeText.IsInvisibleOrControl"/>.</summary>
    public const byte Hidden = 0x80;

    public static readonly byte[] Table = Build();

    private static byte[] Build()
    {
        var table = new byte[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = Of((char)i);
        }

        return table;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte Of(char c)
    {
        if (char.IsSurrogate(c))
        {
            return Surrogate;
        }

        if (UnicodeText.IsWhiteSpace(c))
        {
            return WhiteSpace;
        }

        var letterOrDigit = UnicodeText.IsLetterOrDigit(c) ? LetterOrDigit : 0;
        var hidden = UnicodeText.IsInvisibleOrControl(c) ? Hidden : 0;
        return (byte)(letterOrDigit | hidden | (int)UnicodeText.ScriptOfLetter(c));
    }
}
