using System.Globalization;
using System.Text;
using CorpusGen.Model;

namespace CorpusGen.Emit;

/// <summary>What the emitter needs for one article: the article and where it goes.</summary>
public sealed record ArticleSource(ArticleSpec Article, CorpusOptions Options, string ClassName, string MemberName);

/// <summary>
/// Writes one article's file: its member of the corpus class, with the article's card as doc comment, and a
/// file-local class deriving from <c>NewsArticle</c> that holds its data.
/// </summary>
public static class ArticleEmitter
{
    // Every article file declares its own file-local class of this name; the planner keeps it off member names.
    private const string DataClass = "Article";

    public static GeneratedFile Emit(ArticleSource source)
    {
        var article = source.Article;
        var names = new TypeNames(source.Options.Namespace);
        var baseType = names.Qualified(TypeNames.Article);
        var writer = names.StartFile();

        writer.OpenBlock($"{source.Options.Visibility} static partial class {source.ClassName}");
        WriteCard(writer, article);
        writer.WriteLine($"public static {baseType} {source.MemberName} => {DataClass}.Instance;");
        writer.CloseBlock();
        writer.WriteLine();

        writer.OpenBlock($"file sealed class {DataClass} : {baseType}");
        writer.WriteLine($"internal static readonly {DataClass} Instance = new();");
        writer.WriteLine();
        writer.WriteLine($"private {DataClass}()");
        writer.WriteLine("    : base(");
        writer.WriteLine($"        id: {StringLiteral.Quote(article.Id)},");
        writer.WriteLine($"        fileName: {StringLiteral.Quote(article.FileName)},");
        writer.WriteLine($"        ordinal: {(article.Ordinal is int ordinal ? Number(ordinal) : "null")},");
        writer.WriteLine($"        date: new global::System.DateOnly({Number(article.Date.Year)}, {Number(article.Date.Month)}, {Number(article.Date.Day)}),");
        writer.WriteLine($"        outlet: {QuoteOrNull(article.Outlet)},");
        writer.WriteLine($"        city: {QuoteOrNull(article.City)},");
        writer.WriteLine($"        wordCount: {Number(article.WordCount)},");
        writer.WriteLine($"        characterCount: {Number(article.CharacterCount)},");
        writer.WriteLine($"        script: {names.Qualified(TypeNames.Script)}.{article.Script})");
        writer.WriteLine("{");
        writer.WriteLine("}");
        writer.WriteLine();
        Utf8TextStorage.WriteMember(writer, article.Text);
        writer.WriteLine();
        writer.WriteLine($"private protected override global::System.ReadOnlySpan<int> ParagraphBounds => {ParagraphBounds(article)};");
        writer.CloseBlock();

        return new GeneratedFile($"{source.ClassName}.{source.MemberName}.g.cs", writer.ToString());
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

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
