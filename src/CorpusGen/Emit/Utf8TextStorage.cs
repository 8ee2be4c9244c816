namespace CorpusGen.Emit;

/// <summary>
/// How an article's text is stored in the assembly: today one UTF-8 literal per article, which the compiler
/// places in the assembly's data rather than its user-string heap (limited to about 8.3 M UTF-16 characters per
/// assembly). The one place to change to store the text another way.
/// </summary>
public static class Utf8TextStorage
{
    public static void WriteMember(SourceWriter writer, string text) =>
        writer.WriteLine($"public override global::System.ReadOnlySpan<byte> Utf8Text => {StringLiteral.QuoteUtf8(text)};");
}
