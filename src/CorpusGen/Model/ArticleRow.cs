namespace CorpusGen.Model;

/// <summary>
/// One article's metadata as its shard's table stores it (the layout is <c>Emit/ArticleTable</c>'s): the strings,
/// and the numbers in row order.
/// </summary>
/// <param name="ResourceFolder">What the name of the resource holding the article's file starts with, the file name following; null when the text is a UTF-8 literal.</param>
/// <param name="Numbers">The fields after the strings, in row order.</param>
/// <param name="Header">The header's fields, stored after the numbers when it has any.</param>
public sealed record ArticleRow(string Id, string FileName, string? Outlet, string? City, string? Region, string? ResourceFolder, EquatableArray<int> Numbers, ArticleHeader? Header = null);
