using System;
using System.Globalization;
using System.Text;
using CorpusGen.Model;

namespace CorpusGen.Emit;

/// <summary>
/// Turns one parsed article into what its shard file holds of it: the card an IDE shows for its member, its row of
/// metadata and, when the text is not in a resource, its literal. Everything here depends on this article alone,
/// so editing one article re-emits one article; <see cref="ShardFileEmitter"/> puts the pieces into files.
/// </summary>
public static class FragmentEmitter
{
    // Reused: thousands of cards are written in a row, and only the finished line needs a string of its own.
    [ThreadStatic]
    private static StringBuilder? t_facts;

    /// <param name="resourceCollection">The collection the targets embed the article's file under.</param>
    public static Result<CompiledArticle> Emit(Result<ParsedArticle> parsed, string? resourceCollection, CorpusOptions options) =>
        new(
            new CompiledArticle(
                parsed.Value.Declaration,
                parsed.Value.Article is { } article ? Emit(article, resourceCollection, options) : null),
            parsed.Diagnostics);

    public static ArticleFragment Emit(ArticleSpec article, string? resourceCollection, CorpusOptions options)
    {
        var resourceFolder = Utf8TextStorage.ResourceFolder(article, resourceCollection, options);
        return new ArticleFragment(
            options.WritesCards ? Card(article) : null,
            ArticleTable.Row(article, resourceFolder),
            Utf8TextStorage.Literal(article, resourceFolder));
    }

    /// <summary>The card an IDE shows on hover: the headline, date, outlet, city and region, size and the start of the lead.</summary>
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
            if (article.Region is not null)
            {
                facts.Append(", ").Append(DocComment.Text(article.Region));
            }
        }

        facts.Append(" · ").Append(Number(article.WordCount)).Append(article.WordCount == 1 ? " word" : " words");
        facts.Append(" · ").Append(Number(article.Paragraphs.Count)).Append(article.Paragraphs.Count == 1 ? " paragraph" : " paragraphs");

        var lead = article.Paragraphs[0];
        return new ArticleCard(
            facts.ToString(),
            DocComment.Preview(article.Content, article.Body.Start + lead.Start, lead.Length, DocComment.LeadPreviewLength),
            DocComment.Text(article.FileName),
            DocComment.Text(article.Id),
            article.Header.Title is { } title ? DocComment.Preview(title, 0, title.Length, DocComment.LeadPreviewLength) : null);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
