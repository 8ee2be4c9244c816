namespace CorpusGen.Model;

/// <summary>One generated source file.</summary>
public sealed record GeneratedFile(string HintName, string Source);
