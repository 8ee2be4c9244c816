using System;
using System.Globalization;
using System.Text;
using CorpusGen.Diagnostics;
using CorpusGen.Model;
using CorpusGen.Parsing;
using CorpusGen.Planning;

namespace CorpusGen.Emit;

/// <summary>
/// One article's part of its shard file: its card (null when cards are not written), its row of metadata and, if
/// any, its UTF-8 literal. Which class and member it becomes is the plan's business, so a new file elsewhere in the
/// corpus leaves it as it is.
/// </summary>
public sealed record ArticleFragment(ArticleCard? Card, ArticleRow Row, string? Utf8Literal);

/// <summary>
/// What the card an IDE shows for an article says, each piece ready for a doc comment: the facts line (date,
/// outlet, city, size), the start of the lead, the file name and the id.
/// </summary>
public sealed record ArticleCard(string Facts, string Lead, string FileName, string Id);

/// <summary>
/// What one declared article file gave: its declaration for the plan, its fragment unless it failed to parse, and
/// its diagnostics.
/// </summary>
public sealed record EmittedArticle(DeclaredArticle Declaration, ArticleFragment? Fragment, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Turns one parsed article into what its shard file holds of it: the card an IDE shows for its member, its row of
/// metadata and, when the text is not in a resource, its literal. Everything here depends on this article alone,
/// so editing one article re-emits one article; <see cref="ShardEmitter"/> puts the pieces into files.
/// </summary>
public static class ArticleEmitter
{
    // Reused: thousands of cards are written in a row, and only the finished line needs a string of its own.
    [ThreadStatic]
    private static StringBuilder? t_facts;

    /// <param name="resourceCollection">The collection the targets embed the article's file under.</param>
    public static EmittedArticle Emit(ArticleParseResult parsed, string? resourceCollection, CorpusOptions options) =>
        new(
            DeclaredArticle.Of(parsed.FilePath, parsed.Collection, parsed.Article?.Id),
            parsed.Article is { } article ? Emit(article, resourceCollection, options) : null,
            parsed.Diagnostics);

    public static ArticleFragment Emit(ArticleSpec article, string? resourceCollection, CorpusOptions options)
    {
        var resourceName = Utf8TextStorage.ResourceName(article, resourceCollection, options);
        return new ArticleFragment(
            options.WritesCards ? Card(article) : null,
            ArticleRow.Of(article, resourceName),
            Utf8TextStorage.Literal(article, resourceName));
    }

    /// <summary>The card an IDE shows on hover: date, outlet, city, size and the start of the lead.</summary>
    private static ArticleCard Card(ArticleSpec article)
    {
        var facts = (t_facts ??= new StringBuilder(256)).Clear().Append(article.Date.ToString());
        if (article.Outlet is not null)
        {
            facts.Append(" · ").Append(DocComment.Text(article.Outlet));
        }

        if (article.City is not null)
        {
            facts.Append(" · ").Append(DocComment.Text(article.City));
        }

        facts.Append(" · ").Append(Number(article.WordCount)).Append(article.WordCount == 1 ? " word" : " words");
        facts.Append(" · ").Append(Number(article.Paragraphs.Count)).Append(article.Paragraphs.Count == 1 ? " paragraph" : " paragraphs");

        var lead = article.Paragraphs[0];
        return new ArticleCard(
            facts.ToString(),
            DocComment.Preview(article.Content, article.Body.Start + lead.Start, lead.Length, DocComment.LeadPreviewLength),
            DocComment.Text(article.FileName),
            DocComment.Text(article.Id));
    }

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
