namespace CorpusGen.Model;

/// <summary>
/// A facet of one corpus class, such as its outlets: the values, most articles first, then by name (ordinal), and
/// the articles that have no value (no dateline, no header line), as indexes in <c>All</c>.
/// </summary>
/// <param name="ClassName">The facet's class in the corpus class: <c>Outlets</c>, <c>Cities</c>.</param>
/// <param name="Lookup">The corpus class's method that takes a value: <c>ByOutlet</c>, <c>ByCity</c>.</param>
/// <param name="ValueKind">What one value is, as the docs name it: <c>outlet</c>, <c>city</c>.</param>
/// <param name="Source">What part of an article gives the values, as the docs name it: <c>dateline</c>, <c>header</c>.</param>
public sealed record Facet(string ClassName, string Lookup, string ValueKind, EquatableArray<FacetValue> Values, EquatableArray<int> WithoutValue, string Source);
