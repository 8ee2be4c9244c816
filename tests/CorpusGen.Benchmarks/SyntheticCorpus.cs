using System.Globalization;
using System.Text;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Writes corpora of made-up articles shaped like the seed: Arabic, ~4 KB of UTF-8 each, a dateline, several
/// paragraphs. Words come from the seed, shuffled with a fixed seed, so every run writes the same files.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Datelines = ["إيلاف من الرباط: ", "القاهرة (رويترز) - ", "بيروت - إيلاف: ", "مانيلا، 3 ديسمبر (رويترز) - ", ""];

    /// <param name="headers">Whether each article has a header block: a title of five to nine words, an author of
    /// 200, a URL of 60 characters or so, a section of six and three tags of 500, drawn apart, so that the texts are
    /// those of a corpus without headers.</param>
    public static IEnumerable<(string FileName, string Content)> Articles(int count, int approximateBytes = 4000, int seed = 2025, bool headers = false)
    {
        var words = s_words;
        var random = new Random(seed);
        var headerRandom = new Random(seed + 1);
        string[] sections = ["سياسة", "اقتصاد", "رياضة", "ثقافة", "World", "Business"];
        var authors = Enumerable.Range(0, 200).Select(_ => Word(headerRandom) + " " + Word(headerRandom)).ToArray();
        var tags = Enumerable.Range(0, 500).Select(_ => Word(headerRandom)).Distinct().ToArray();
        for (var i = 0; i < count; i++)
        {
            var body = new StringBuilder(approximateBytes);
            body.Append(Datelines[i % Datelines.Length]);
            while (Encoding.UTF8.GetByteCount(body.ToString()) < approximateBytes)
            {
                for (var w = random.Next(30, 80); w > 0; w--)
                {
                    body.Append(words[random.Next(words.Length)]).Append(' ');
                }

                body.Length--;
                body.Append(".\n\n");
            }

            var date = new DateOnly(2000, 1, 1).AddDays(random.Next(9000)).ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
            var id = ((ulong)random.NextInt64()).ToString("x16", CultureInfo.InvariantCulture);
            var header = headers
                ? "\ntitle " + string.Join(" ", Enumerable.Range(0, headerRandom.Next(5, 10)).Select(_ => Word(headerRandom)))
                    + "\nauthor " + authors[headerRandom.Next(authors.Length)]
                    + $"\nurl https://www.example.com/news/{date[..4]}/{date[5..7]}/{i:000000}-{id}.html"
                    + "\nsection " + sections[headerRandom.Next(sections.Length)]
                    + "\ntags " + string.Join(", ", Enumerable.Range(0, 3).Select(_ => tags[headerRandom.Next(tags.Length)]))
                    + "\n\n"
                : " ";
            yield return ($"{i:000000}_{id}.txt", $"date {date}{header}{body.ToString().TrimEnd()}\n");
        }
    }

    public static long Write(string directory, int count, int approximateBytes = 4000, bool headers = false)
    {
        Directory.CreateDirectory(directory);
        long bytes = 0;
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var (fileName, content) in Articles(count, approximateBytes, headers: headers))
        {
            var data = utf8.GetBytes(content);
            File.WriteAllBytes(Path.Combine(directory, fileName), data);
            bytes += data.Length;
        }

        return bytes;
    }

    private static string Word(Random random) => s_words[random.Next(s_words.Length)].TrimEnd('.', '،', ':', '؛');

    private static readonly string[] s_words = SeedWords();

    private static string[] SeedWords()
    {
        using var stream = typeof(SyntheticCorpus).Assembly.GetManifestResourceStream("seed.txt")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd();
        return text[text.IndexOf("إيلاف", StringComparison.Ordinal)..]
            .Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
    }
}
