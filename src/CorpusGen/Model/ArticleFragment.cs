namespace CorpusGen.Model;

/// <summary>
/// One article's part of its shard file: its card (null when cards are not written), its row of metadata and, if
/// any, its UTF-8 literal. Which class and member it becomes is the plan's business, so a new file elsewhere in the
/// corpus leaves it as it is.
/// </summary>
public sealed record ArticleFragment(ArticleCard? Card, ArticleRow Row, string? Utf8Literal);
