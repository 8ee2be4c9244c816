using System.Globalization;
using System.Text;
using CorpusGen.Model;

namespace CorpusGen.Emit;

/// <summary>What the emitter needs for one article: the article and where it goes.</summary>
public sealed record ArticleSource(ArticleSpec Article, CorpusOptions Options, string ClassName, string MemberName, int Shard);

/// <summary>One article's part of its shard file: its member, its cache field and, if any, its UTF-8 literal.</summary>
public sealed record ArticleFragment(string ClassName, int Shard, string MemberName, string Member, string CacheField, string? Utf8Literal);

/// <summary>
/// Writes one article's member of the corpus class, documented with the article's card, which creates the article
/// from constants on first use. Everything it writes depends on this article alone, so editing one article
/// re-emits one article; <see cref="ShardEmitter"/> puts the pieces into files.
/// </summary>
public static class ArticleEmitter
{
    public static ArticleFragment Emit(ArticleSource source)
    {
        var article = source.Article;
        var names = new TypeNames(source.Options.Namespace);
        var articleType = names.Qualified(TypeNames.Article);
        var member = source.MemberName;
        var writer = new SourceWriter(indent: 1);

        WriteCard(writer, article);
        // Positional arguments, in the order of NewsArticle's constructor: named ones cost the compiler more.
        writer.WriteLine($"public static {articleType} {member} => {ShardEmitter.CacheClass}.{member} ??= new {articleType}(");
        writer.WriteLine($"    {StringLiteral.Quote(article.Id)},");
        writer.WriteLine($"    {StringLiteral.Quote(article.FileName)},");
        writer.WriteLine($"    {(article.Ordinal is int ordinal ? Number(ordinal) : "null")},");
        writer.WriteLine($"    new global::System.DateOnly({Number(article.Date.Year)}, {Number(article.Date.Month)}, {Number(article.Date.Day)}),");
        writer.WriteLine($"    {QuoteOrNull(article.Outlet)},");
        writer.WriteLine($"    {QuoteOrNull(article.City)},");
        writer.WriteLine($"    {Number(article.WordCount)},");
        writer.WriteLine($"    {Number(article.CharacterCount)},");
        writer.WriteLine($"    {names.Qualified(TypeNames.Script)}.{article.Script},");
        writer.WriteLine($"    {ParagraphBounds(article)},");
        Utf8TextStorage.WriteArgument(writer, source, articleType);

        return new ArticleFragment(
            source.ClassName,
            source.Shard,
            member,
            writer.ToString(),
            $"internal static {articleType}? {member};",
            Utf8TextStorage.LiteralMethod(source));
    }

    /// <summary>The card an IDE shows on hover: date, outlet, city, size and the start of the lead.</summary>
    private static void WriteCard(SourceWriter writer, ArticleSpec article)
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
        writer.WriteLine("/// <summary>");
        writer.WriteLine($"/// <para>{facts}</para>");
        writer.WriteLine($"/// <para>{DocComment.Preview(article.Text.Substring(lead.Start, lead.Length), DocComment.LeadPreviewLength)}</para>");
        writer.WriteLine("/// </summary>");
        writer.WriteLine($"/// <remarks>From <c>{DocComment.Text(article.FileName)}</c>, id <c>{DocComment.Text(article.Id)}</c>.</remarks>");
    }

    private static string ParagraphBounds(ArticleSpec article)
    {
        var bounds = new StringBuilder("new int[] { ");
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            var paragraph = article.Paragraphs[i];
            bounds.Append(i == 0 ? "" : ", ").Append(Number(paragraph.Start)).Append(", ").Append(Number(paragraph.Length));
        }

        return bounds.Append(" }").ToString();
    }

    private static string QuoteOrNull(string? text) => text is null ? "null" : StringLiteral.Quote(text);

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
