namespace CorpusGen.Model;

/// <summary>A run of UTF-16 code units in a string.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}
