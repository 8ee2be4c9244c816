using System.Globalization;
using System.Text;
using CorpusGen.Model;

namespace CorpusGen.Emit;

/// <summary>What the emitter needs for one article: the article and where it goes.</summary>
public sealed record ArticleSource(ArticleSpec Article, CorpusOptions Options, string ClassName, string MemberName, int Shard);

/// <summary>
/// One article's part of its shard file: its card (empty when cards are not written), its row of metadata and, if
/// any, its UTF-8 literal.
/// </summary>
public sealed record ArticleFragment(string ClassName, int Shard, string MemberName, string Card, ArticleRow Row, string? Utf8Literal);

/// <summary>
/// Turns one article into what its shard file holds of it: the card an IDE shows for its member, its row of
/// metadata and, when the text is not in a resource, its literal. Everything here depends on this article alone,
/// so editing one article re-emits one article; <see cref="ShardEmitter"/> puts the pieces into files.
/// </summary>
public static class ArticleEmitter
{
    public static ArticleFragment Emit(ArticleSource source)
    {
        var resourceName = Utf8TextStorage.ResourceName(source);
        return new ArticleFragment(
            source.ClassName,
            source.Shard,
            source.MemberName,
            source.Options.WritesCards ? Card(source.Article) : "",
            ArticleRow.Of(source.Article, resourceName),
            Utf8TextStorage.Literal(source, resourceName));
    }

    /// <summary>The card an IDE shows on hover: date, outlet, city, size and the start of the lead.</summary>
    private static string Card(ArticleSpec article)
    {
        var facts = new StringBuilder(article.Date.ToString());
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
        return new SourceWriter(indent: 1)
            .WriteLine("/// <summary>")
            .WriteLine($"/// <para>{facts}</para>")
            .WriteLine($"/// <para>{DocComment.Preview(article.TextOf(lead), DocComment.LeadPreviewLength)}</para>")
            .WriteLine("/// </summary>")
            .WriteLine($"/// <remarks>From <c>{DocComment.Text(article.FileName)}</c>, id <c>{DocComment.Text(article.Id)}</c>.</remarks>")
            .ToString();
    }

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
