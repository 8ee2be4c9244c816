using System.Globalization;
using System.Text;
using CorpusGen.Sample;

// Prints the corpus as a table, a slice of it, one article in full, or exports it:
//   dotnet run --project samples/CorpusGen.Sample [-- <id> | --outlet <name> | --city <name> | --tag <name>
//       | --from yyyy-MM-dd --to yyyy-MM-dd | --search <query> | --jsonl <file> | --card]
Console.OutputEncoding = Encoding.UTF8;

switch (args)
{
    case []:
        PrintTable(NewsCorpus.All, Articles(NewsCorpus.Count));
        Console.WriteLine();
        Console.WriteLine("Show one article: dotnet run --project samples/CorpusGen.Sample -- <id>");
        return 0;
    case ["--outlet", var outlet]:
        PrintTable(NewsCorpus.ByOutlet(outlet), $"{Articles(NewsCorpus.ByOutlet(outlet).Count)} from {outlet}");
        return 0;
    case ["--city", var city]:
        PrintTable(NewsCorpus.ByCity(city), $"{Articles(NewsCorpus.ByCity(city).Count)} from {city}");
        return 0;
    case ["--tag", var tag]:
        PrintTable(NewsCorpus.ByTag(tag), $"{Articles(NewsCorpus.ByTag(tag).Count)} tagged {tag}");
        return 0;
    case ["--from", var from, "--to", var to] when TryDate(from, out var first) && TryDate(to, out var last):
        PrintTable(NewsCorpus.Between(first, last), $"{Articles(NewsCorpus.Between(first, last).Count)} from {from} to {to}");
        return 0;
    case ["--search", var query]:
        PrintHits(query, NewsCorpus.Search(query));
        return 0;
    case ["--jsonl", var file]:
        using (var stream = File.Create(file))
        {
            NewsCorpus.WriteJsonLines(stream);
        }

        Console.WriteLine($"{Articles(NewsCorpus.Count)} written to {file}");
        return 0;
    case ["--card"]:
        NewsCorpus.WriteDatasetCard(Console.Out);
        return 0;
    case [var id] when !id.StartsWith("--", StringComparison.Ordinal):
        if (NewsCorpus.Find(id) is not { } article)
        {
            Console.Error.WriteLine($"No article has the id '{id}'. Run without arguments to list them.");
            return 1;
        }

        PrintArticle(article);
        return 0;
    default:
        Console.Error.WriteLine("Usage: [<id> | --outlet <name> | --city <name> | --tag <name> | --from yyyy-MM-dd --to yyyy-MM-dd | --search <query> | --jsonl <file> | --card]");
        return 2;
}

static void PrintTable(IReadOnlyList<NewsArticle> articles, string title)
{
    Console.WriteLine(title);
    Console.WriteLine();
    Console.WriteLine($"{"Id",-18}{"Date",-12}{"Outlet",-12}{"City",-12}{"Words",6}  Lead");
    foreach (var article in articles)
    {
        Console.WriteLine(
            $"{article.Id,-18}{Iso(article.Date),-12}{article.Outlet ?? "-",-12}{article.City ?? "-",-12}{article.WordCount,6}  {Shorten(article.Lead, 48)}");
    }
}

// Each hit with its score and snippet, the query's words in the snippet marked: bold on a terminal, else in [ ].
static void PrintHits(string query, SearchResults hits)
{
    var matching = hits.TotalCount == 1 ? "1 article matches" : $"{hits.TotalCount} articles match";
    Console.WriteLine($"{matching} \"{query}\"{(hits.TotalCount > hits.Count ? $"; the best {hits.Count}:" : "")}");
    var (open, close) = Console.IsOutputRedirected ? ("[", "]") : ("\u001b[1m", "\u001b[0m");
    foreach (var hit in hits)
    {
        var snippet = new StringBuilder(hit.Snippet);
        foreach (var match in hit.SnippetMatches.Reverse())
        {
            snippet.Insert(match.End, close).Insert(match.Start, open);
        }

        Console.WriteLine();
        Console.WriteLine($"{hit.Article.Id}  {Iso(hit.Article.Date)}  score {hit.Score.ToString("0.000", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"  {snippet}");
    }
}

static void PrintArticle(NewsArticle article)
{
    if (article.Title is { } title)
    {
        Console.WriteLine(title);
        Console.WriteLine();
    }

    Console.WriteLine($"Id:         {article.Id}");
    Console.WriteLine($"File:       {article.FileName}");
    Console.WriteLine($"Date:       {Iso(article.Date)}");
    Console.WriteLine($"Outlet:     {article.Outlet ?? "-"}");
    Console.WriteLine($"City:       {article.City ?? "-"}");
    Console.WriteLine($"Section:    {article.Section ?? "-"}");
    Console.WriteLine($"Tags:       {(article.Tags.Count == 0 ? "-" : string.Join(", ", article.Tags))}");
    Console.WriteLine($"Script:     {article.Script} ({article.Direction})");
    Console.WriteLine($"Words:      {article.WordCount} in {article.SentenceCount} sentences, {article.ParagraphCount} paragraphs, {article.CharacterCount} characters");
    Console.WriteLine($"Reading:    {article.ReadingTime.TotalMinutes.ToString("0.0", CultureInfo.InvariantCulture)} min");
    Console.WriteLine();
    foreach (var paragraph in article.Paragraphs)
    {
        Console.WriteLine(paragraph);
        Console.WriteLine();
    }
}

static string Articles(int count) => count == 1 ? "1 article" : $"{count} articles";

static bool TryDate(string text, out DateOnly date) =>
    DateOnly.TryParseExact(text, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

static string Iso(DateOnly date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

static string Shorten(string text, int length) =>
    text.Length <= length ? text : text[..length].TrimEnd() + "…";
