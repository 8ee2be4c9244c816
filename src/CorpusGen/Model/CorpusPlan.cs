namespace CorpusGen.Model;

/// <summary>
/// The whole corpus: which declared files become which members of which class. It depends on the declarations
/// only (file names, ids, and the order the files come in), so editing an article's text leaves it equal and the
/// other articles' outputs cached.
/// </summary>
public sealed record CorpusPlan(CorpusOptions Options, EquatableArray<CollectionPlan> Collections);
