namespace CorpusGen.Model;

/// <summary>
/// What the card an IDE shows for an article says, each piece ready for a doc comment: the headline when the
/// header has one, the facts line (date, outlet, city, size), the start of the lead, the file name and the id.
/// </summary>
public sealed record ArticleCard(string Facts, string Lead, string FileName, string Id, string? Title = null);
