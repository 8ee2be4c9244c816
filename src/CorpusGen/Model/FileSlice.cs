namespace CorpusGen.Model;

/// <summary>
/// The body's place in the article file as UTF-8 bytes, counted without a BOM. <see cref="FileLength"/> lets the
/// reader check that the bytes it holds are the ones the compiler read.
/// </summary>
public readonly record struct FileSlice(int Start, int Length, int FileLength);
