namespace CorpusGen.Model;

/// <summary>One generated source file.</summary>
/// <param name="UserStringBytes">What its large string constants take of the assembly's user-string heap: counted
/// for the shard files, whose tables are nearly all that CorpusGen puts there.</param>
public sealed record GeneratedFile(string HintName, string Source, int UserStringBytes = 0);
