using System.Globalization;
using System.Text;
using CorpusGen.Sample;

// Prints the corpus as a table, or one article in full: dotnet run --project samples/CorpusGen.Sample [-- <id>]
Console.OutputEncoding = Encoding.UTF8;

if (args.Length == 0)
{
    PrintTable();
    return 0;
}

var article = NewsCorpus.Find(args[0]);
if (article is null)
{
    Console.Error.WriteLine($"No article has the id '{args[0]}'. Run without arguments to list them.");
    return 1;
}

PrintArticle(article);
return 0;

static void PrintTable()
{
    Console.WriteLine($"{NewsCorpus.Count} articles");
    Console.WriteLine();
    Console.WriteLine($"{"Id",-18}{"Date",-12}{"Outlet",-12}{"City",-12}{"Words",6}  Lead");
    foreach (var article in NewsCorpus.All)
    {
        Console.WriteLine(
            $"{article.Id,-18}{Iso(article.Date),-12}{article.Outlet ?? "-",-12}{article.City ?? "-",-12}{article.WordCount,6}  {Shorten(article.Lead, 48)}");
    }

    Console.WriteLine();
    Console.WriteLine("Show one article: dotnet run --project samples/CorpusGen.Sample -- <id>");
}

static void PrintArticle(NewsArticle article)
{
    Console.WriteLine($"Id:         {article.Id}");
    Console.WriteLine($"File:       {article.FileName}");
    Console.WriteLine($"Date:       {Iso(article.Date)}");
    Console.WriteLine($"Outlet:     {article.Outlet ?? "-"}");
    Console.WriteLine($"City:       {article.City ?? "-"}");
    Console.WriteLine($"Script:     {article.Script} ({article.Direction})");
    Console.WriteLine($"Words:      {article.WordCount} in {article.ParagraphCount} paragraphs, {article.CharacterCount} characters");
    Console.WriteLine($"Reading:    {article.ReadingTime.TotalMinutes.ToString("0.0", CultureInfo.InvariantCulture)} min");
    Console.WriteLine();
    foreach (var paragraph in article.Paragraphs)
    {
        Console.WriteLine(paragraph);
        Console.WriteLine();
    }
}

static string Iso(DateOnly date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

static string Shorten(string text, int length) =>
    text.Length <= length ? text : text[..length].TrimEnd() + "…";
