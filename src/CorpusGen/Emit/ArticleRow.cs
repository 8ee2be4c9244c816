using System.Collections.Generic;
using CorpusGen.Model;

namespace CorpusGen.Emit;

/// <summary>
/// One article's metadata as the generated code stores it: a row of numbers in its shard's table, where each string
/// is a start and a length in the shard's one string constant. A table costs the compiler a fraction of what a
/// constructor call per article costs; the generated <c>NewsArticle</c> reads rows at the <see cref="Offsets"/>.
/// </summary>
/// <param name="ResourceName">The resource holding the article's file, or null when the text is a UTF-8 literal.</param>
/// <param name="Numbers">The fields from <see cref="Offsets.Ordinal"/> on.</param>
public sealed record ArticleRow(string Id, string FileName, string? Outlet, string? City, string? ResourceName, EquatableArray<int> Numbers)
{
    /// <summary>The string fields in row order.</summary>
    public IReadOnlyList<string?> Strings => [Id, FileName, Outlet, City, ResourceName];

    public static ArticleRow Of(ArticleSpec article, string? resourceName)
    {
        var slice = resourceName is null ? default : article.FileBytes.GetValueOrDefault();
        var numbers = new List<int>(Offsets.Paragraphs - Offsets.Ordinal + (2 * article.Paragraphs.Count))
        {
            article.Ordinal ?? -1,
            (article.Date.Year * 10000) + (article.Date.Month * 100) + article.Date.Day,
            article.WordCount,
            article.CharacterCount,
            (int)article.Script,
            slice.Start,
            slice.Length,
            slice.FileLength,
            article.Paragraphs.Count,
        };
        foreach (var paragraph in article.Paragraphs)
        {
            numbers.Add(paragraph.Start);
            numbers.Add(paragraph.Length);
        }

        return new ArticleRow(article.Id, article.FileName, article.Outlet, article.City, resourceName, numbers.ToEquatableArray());
    }

    /// <summary>Where each field lies in a row. A string's length of -1 stands for null.</summary>
    public static class Offsets
    {
        public const int Id = 0;
        public const int FileName = 2;
        public const int Outlet = 4;
        public const int City = 6;
        public const int ResourceName = 8;
        public const int Ordinal = 10;
        public const int Date = 11;
        public const int WordCount = 12;
        public const int CharacterCount = 13;
        public const int Script = 14;
        public const int TextStart = 15;
        public const int TextLength = 16;
        public const int FileLength = 17;
        public const int ParagraphCount = 18;
        public const int Paragraphs = 19;

        /// <summary>The offsets by name, for the generated reader.</summary>
        public static IReadOnlyList<(string Name, int Offset)> All { get; } =
        [
            (nameof(Id), Id), (nameof(FileName), FileName), (nameof(Outlet), Outlet), (nameof(City), City),
            (nameof(ResourceName), ResourceName), (nameof(Ordinal), Ordinal), (nameof(Date), Date),
            (nameof(WordCount), WordCount), (nameof(CharacterCount), CharacterCount), (nameof(Script), Script),
            (nameof(TextStart), TextStart), (nameof(TextLength), TextLength), (nameof(FileLength), FileLength),
            (nameof(ParagraphCount), ParagraphCount), (nameof(Paragraphs), Paragraphs),
        ];
    }
}
