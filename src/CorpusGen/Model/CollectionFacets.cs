namespace CorpusGen.Model;

/// <summary>
/// What one corpus class is looked up by, computed at compile time: its facets, its articles in date order, and by
/// script. Articles are indexes in the class's <c>All</c>.
/// </summary>
/// <param name="ByDate">Every article, by date, then by file name: the order of <c>Between</c> and <c>OnDate</c>.</param>
/// <param name="Dates">The date of each article of <see cref="ByDate"/>.</param>
/// <param name="ByScript">The articles of each <see cref="ArticleScript"/>, in enum order, each ascending.</param>
/// <param name="Languages">The languages the headers name, as lower-case primary subtags (<c>en</c> of
/// <c>en-GB</c>), with their article counts, most articles first, then by code.</param>
/// <param name="WithoutLanguage">For each <see cref="ArticleScript"/>, how many of its articles name no language
/// code.</param>
public sealed record CollectionFacets(
    string ClassName,
    EquatableArray<Facet> Facets,
    EquatableArray<int> ByDate,
    EquatableArray<ArticleDate> Dates,
    EquatableArray<EquatableArray<int>> ByScript,
    EquatableArray<(string Code, int Articles)> Languages,
    EquatableArray<int> WithoutLanguage);
