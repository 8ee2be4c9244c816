namespace CorpusGen.Model;

/// <summary>
/// One value of a facet (an outlet, a city) and its articles.
/// </summary>
/// <param name="MemberName">The member of the facet class that names it, by the article member rules.</param>
/// <param name="Articles">Its articles' indexes in the corpus class's <c>All</c>, ascending.</param>
public sealed record FacetValue(string Name, string MemberName, ArticleDate FirstDate, ArticleDate LastDate, EquatableArray<int> Articles);
