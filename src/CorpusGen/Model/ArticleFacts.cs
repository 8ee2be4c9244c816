namespace CorpusGen.Model;

/// <summary>
/// What an article is looked up by besides its id: its date, its dateline's outlet and city, its script, and its
/// header's section, tags, authors and language.
/// </summary>
public sealed record ArticleFacts(
    ArticleDate Date,
    string? Outlet,
    string? City,
    ArticleScript Script,
    string? Section,
    EquatableArray<string> Tags,
    EquatableArray<string> Authors,
    string? Language);
