using System.Globalization;
using System.Text;
using CorpusGen.Template;

// Prints the corpus as a table. Add articles by dropping .txt files into corpus/.
Console.OutputEncoding = Encoding.UTF8;

Console.WriteLine($"Articles: {NewsCorpus.Count}");
Console.WriteLine();
Console.WriteLine($"{"Id",-18}{"Date",-12}{"Outlet",-12}{"City",-12}{"Words",6}  Lead");
foreach (var article in NewsCorpus.All)
{
    var date = article.Date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
    var lead = article.Lead.Length <= 48 ? article.Lead : article.Lead[..48].TrimEnd() + "…";
    Console.WriteLine($"{article.Id,-18}{date,-12}{article.Outlet ?? "-",-12}{article.City ?? "-",-12}{article.WordCount,6}  {lead}");
}
