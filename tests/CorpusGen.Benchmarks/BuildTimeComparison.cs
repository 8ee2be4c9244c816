using System.Diagnostics;
using System.Globalization;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Builds the same synthetic corpus four ways and compares: a project that takes it through CorpusGen with its
/// defaults, the same with <c>CorpusGenSearch</c> set to true (a search index), the same with
/// <c>CorpusGenArticleMembers</c> set to false, and the baseline a user would write instead, the files as
/// EmbeddedResource items parsed at run time. Prints build times (median of several rebuilds of each project
/// alone, taken in turns so that a machine slowing down weighs on all three alike), their ratios, and what the
/// programs report about their first query and their allocations.
/// </summary>
public static class BuildTimeComparison
{
    private const int FirstCallRuns = 5;

    /// <param name="headers">Whether every article has a header block (<see cref="SyntheticCorpus.Articles"/>), which
    /// the baseline reads as a user would: its lines split into names and values.</param>
    public static void Run(string repositoryRoot, IReadOnlyList<int> counts, int runs, bool headers = false)
    {
        var work = Directory.CreateTempSubdirectory("corpusgen-scale-").FullName;
        var generator = BuildGenerator(repositoryRoot, work);
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {runs} rebuilds each, median{(headers ? "; every article with a header block" : "")}");
        Console.WriteLine();
        Console.WriteLine("| articles | corpus MB | baseline build s | CorpusGen build s | ratio | with search s | ratio with search | without members s | ratio without members | baseline first query ms | CorpusGen first query ms | baseline metadata alloc B | CorpusGen metadata alloc B | user-string heap B an article | search index MB |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var count in counts)
        {
            var corpus = Path.Combine(work, $"corpus-{count}");
            var bytes = SyntheticCorpus.Write(corpus, count, headers: headers);
            // The first query asks for the middle article by id, as a program would.
            var id = SyntheticCorpus.Articles(count).ElementAt(count / 2).FileName.Split('_', '.')[1];
            var baseline = CreateProject(Path.Combine(work, $"baseline-{count}"), BaselineProject(corpus), BaselineProgram.Replace("ARTICLE_ID", id, StringComparison.Ordinal));
            var program = CorpusGenProgram.Replace("ARTICLE_ID", id, StringComparison.Ordinal);
            var corpusGen = CreateProject(Path.Combine(work, $"corpusgen-{count}"), CorpusGenProject(corpus, repositoryRoot, generator, articleMembers: true, search: false), program);
            var withSearch = CreateProject(Path.Combine(work, $"corpusgen-search-{count}"), CorpusGenProject(corpus, repositoryRoot, generator, articleMembers: true, search: true), program);
            var withoutMembers = CreateProject(Path.Combine(work, $"corpusgen-nomembers-{count}"), CorpusGenProject(corpus, repositoryRoot, generator, articleMembers: false, search: false), program);

            var times = MedianBuildSeconds([baseline, corpusGen, withSearch, withoutMembers], runs);
            var (baselineTime, corpusGenTime, withSearchTime, withoutMembersTime) = (times[0], times[1], times[2], times[3]);
            var baselineRun = RunProgram(baseline);
            var corpusGenRun = RunProgram(corpusGen);
            if (RunProgram(withoutMembers)["checksum"] != corpusGenRun["checksum"])
            {
                throw new InvalidOperationException($"the project without article members read the {count:N0}-article corpus differently");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {count:N0} | {bytes / 1e6:F1} | {baselineTime:F2} | {corpusGenTime:F2} | {corpusGenTime / baselineTime:F2} | {withSearchTime:F2} | {withSearchTime / baselineTime:F2} | {withoutMembersTime:F2} | {withoutMembersTime / baselineTime:F2} | {baselineRun["first_query_ms"]} | {corpusGenRun["first_query_ms"]} | {baselineRun["metadata_alloc_bytes"]} | {corpusGenRun["metadata_alloc_bytes"]} | {(double)UserStringHeapBytes(corpusGen) / count:F1} | {new FileInfo(Path.Combine(withSearch, "obj/Release/net10.0/CorpusGen.search")).Length / 1e6:F2} |"));
        }

        Console.WriteLine();
        Console.WriteLine($"First call of each lookup, each in a fresh process of the CorpusGen program, JIT and the loading of the corpus class included: median ms of {FirstCallRuns} processes (bytes allocated, results, methods the JIT compiled)");
        Console.WriteLine();
        Console.WriteLine("| articles | article members | FirstDate (allocates nothing itself) | Find | ByOutlet | ByCity | Between |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
        foreach (var count in counts)
        {
            // Without members, the corpus class is a few dozen methods: the difference is the runtime's loading of the class.
            FirstCallRow(count, "yes", Path.Combine(work, $"corpusgen-{count}"), native: false);
            FirstCallRow(count, "no", Path.Combine(work, $"corpusgen-nomembers-{count}"), native: false);
        }

        Console.WriteLine();
        Console.WriteLine("The same program published with PublishAot (NativeAOT: nothing to compile or load at run time)");
        Console.WriteLine();
        Console.WriteLine("| articles | article members | FirstDate (allocates nothing itself) | Find | ByOutlet | ByCity | Between |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
        foreach (var count in counts)
        {
            FirstCallRow(count, "yes", PublishNativeAot(Path.Combine(work, $"corpusgen-{count}")), native: true);
        }

        Console.WriteLine();

        Console.WriteLine("The first search (`Search(\"الأمن\")`, which matches nearly every article) in a fresh process of the project with CorpusGenSearch, JIT and NativeAOT");
        Console.WriteLine();
        Console.WriteLine("| articles | JIT | NativeAOT |");
        Console.WriteLine("|---:|---:|---:|");
        foreach (var count in counts)
        {
            var project = Path.Combine(work, $"corpusgen-search-{count}");
            var native = PublishNativeAot(project);
            var cells = new[] { FirstCallCell(() => RunProgram(project, "Search")), FirstCallCell(() => RunNative(native, "Search")) };
            Console.WriteLine($"| {count.ToString("N0", CultureInfo.InvariantCulture)} | {string.Join(" | ", cells)} |");
        }

        Console.WriteLine();
        Console.WriteLine($"projects left in {work}");
    }

    // The string literals' heap, which holds at most 2^24 bytes (CS8103): what it keeps for each article bounds a corpus.
    private static int UserStringHeapBytes(string project)
    {
        using var assembly = File.OpenRead(Path.Combine(project, "bin/Release/net10.0/Scale.dll"));
        using var reader = new PEReader(assembly);
        return reader.GetMetadataReader().GetHeapSize(HeapIndex.UserString);
    }

    internal static string BuildGenerator(string repositoryRoot, string work)
    {
        var output = Path.Combine(work, "generator");
        Dotnet(repositoryRoot, "build", Path.Combine(repositoryRoot, "src", "CorpusGen", "CorpusGen.csproj"), "-c", "Release", "-o", output);
        return Path.Combine(output, "CorpusGen.dll");
    }

    internal static string CreateProject(string directory, string projectFile, string program)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Scale.csproj"), projectFile);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
        Dotnet(directory, "build", "-c", "Release");
        return directory;
    }

    // Each round rebuilds every project once, so the projects take their turns as the machine's speed drifts.
    private static double[] MedianBuildSeconds(IReadOnlyList<string> projects, int runs)
    {
        var seconds = projects.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < runs; round++)
        {
            for (var i = 0; i < projects.Count; i++)
            {
                var clock = Stopwatch.StartNew();
                Dotnet(projects[i], "build", "-c", "Release", "--no-restore", "--no-incremental");
                seconds[i].Add(clock.Elapsed.TotalSeconds);
            }
        }

        return seconds.Select(times => times.Order().ElementAt(times.Count / 2)).ToArray();
    }

    private static void FirstCallRow(int count, string members, string program, bool native)
    {
        var cells = new[] { "FirstDate", "Find", "ByOutlet", "ByCity", "Between" }
            .Select(lookup => FirstCallCell(() => native ? RunNative(program, lookup) : RunProgram(program, lookup)));
        Console.WriteLine($"| {count.ToString("N0", CultureInfo.InvariantCulture)} | {members} | {string.Join(" | ", cells)} |");
    }

    // The median process's time, with its bytes allocated, results and methods the JIT compiled.
    private static string FirstCallCell(Func<Dictionary<string, string>> run)
    {
        var median = Enumerable.Range(0, FirstCallRuns).Select(_ => run())
            .OrderBy(report => double.Parse(report["first_call_ms"], CultureInfo.InvariantCulture))
            .ElementAt(FirstCallRuns / 2);
        return $"{median["first_call_ms"]} ({median["first_call_alloc_bytes"]} B, {median["result_count"]}, {median["first_call_jit_methods"]})";
    }

    // The project published as a NativeAOT executable: its path.
    private static string PublishNativeAot(string project)
    {
        var output = Path.Combine(project, "aot");
        Dotnet(project, "publish", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", output);
        return Path.Combine(output, "Scale");
    }

    internal static Dictionary<string, string> RunProgram(string project, params string[] arguments) =>
        Report(Dotnet(project, ["bin/Release/net10.0/Scale.dll", .. arguments]));

    private static Dictionary<string, string> RunNative(string program, params string[] arguments) =>
        Report(Run(Path.GetDirectoryName(program)!, program, arguments));

    // The programs print what they measured as name=value lines.
    private static Dictionary<string, string> Report(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Trim().Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1]);

    private static string Dotnet(string directory, params string[] arguments) => Run(directory, "dotnet", arguments);

    private static string Run(string directory, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed in {directory}:\n{output}\n{error.Result}");
        }

        return output;
    }

    private static string BaselineProject(string corpus) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <EmbeddedResource Include="{corpus}/*.txt" LogicalName="corpus/%(Filename)%(Extension)" WithCulture="false" />
          </ItemGroup>
        </Project>
        """;

    /// <param name="packages">More <c>PackageReference</c> items, for a program that needs them.</param>
    internal static string CorpusGenProject(string corpus, string repositoryRoot, string generator, bool articleMembers, bool search, string packages = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <Import Project="{repositoryRoot}/src/CorpusGen/build/CorpusGen.props" />
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
            <RootNamespace>Scale</RootNamespace>
            <CorpusGenArticleMembers>{(articleMembers ? "true" : "false")}</CorpusGenArticleMembers>
            <CorpusGenSearch>{(search ? "true" : "false")}</CorpusGenSearch>
            <CorpusGenTaskAssembly>{generator}</CorpusGenTaskAssembly>
            <DefineConstants Condition="{(search ? "true" : "false")}">$(DefineConstants);SEARCH</DefineConstants>
          </PropertyGroup>
          <ItemGroup>
            <NewsArticle Include="{corpus}/*.txt" />
            <Analyzer Include="{generator}" />
            {packages}
          </ItemGroup>
          <Import Project="{repositoryRoot}/src/CorpusGen/build/CorpusGen.targets" />
        </Project>
        """;

    // Both programs, once each has its first answer (`found`) and the list of articles (`list`): the bytes a second
    // pass over every article's metadata allocates, then one article's text.
    private const string Measure = """
        long words = 0;
        for (var i = 0; i < list.Count; i++) { words += list[i].WordCount + list[i].Date.Day + (list[i].Outlet?.Length ?? 0); }
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < list.Count; i++) { words += list[i].WordCount + list[i].Date.Day + (list[i].Outlet?.Length ?? 0) + list[i].Id.Length; }
        Report("metadata_alloc_bytes", GC.GetAllocatedBytesForCurrentThread() - before);
        Report("checksum", words + found.Text.Length);

        static void Report(string name, object value) => Console.WriteLine(name + "=" + Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
        """;

    private static readonly string BaselineProgram = """
        using System.Diagnostics;
        using System.Globalization;
        using System.Text;

        var clock = Stopwatch.StartNew();
        var articles = Corpus.Load();
        var found = articles["ARTICLE_ID"];
        Report("first_query_ms", clock.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture));
        IReadOnlyList<Article> list = articles.Values.ToArray();

        """ + Measure + """

        sealed record Article(string Id, DateOnly Date, string? Outlet, string Text, string[] Paragraphs, int WordCount, Dictionary<string, string>? Header);

        // What a user writes without CorpusGen: read every embedded file and parse it at startup.
        static class Corpus
        {
            public static Dictionary<string, Article> Load()
            {
                var assembly = typeof(Corpus).Assembly;
                var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
                foreach (var name in assembly.GetManifestResourceNames())
                {
                    using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
                    var content = reader.ReadToEnd().TrimStart();
                    var date = DateOnly.ParseExact(content.Substring(5, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    var text = content.Substring(16).Trim();
                    Dictionary<string, string>? header = null;
                    if (text.StartsWith("title ", StringComparison.Ordinal) && text.IndexOf("\n\n", StringComparison.Ordinal) is var blank and > 0)
                    {
                        header = text[..blank].Split('\n').Select(line => line.Split(' ', 2)).ToDictionary(field => field[0], field => field[1]);
                        text = text[(blank + 2)..];
                    }

                    var paragraphs = text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(token => token.Any(char.IsLetterOrDigit));
                    var colon = paragraphs[0].IndexOf(':');
                    var stem = Path.GetFileNameWithoutExtension(name);
                    var id = stem[(stem.IndexOf('_') + 1)..];
                    articles[id] = new Article(id, date, colon is > 0 and < 40 ? paragraphs[0][..colon] : null, text, paragraphs, words, header);
                }

                return articles;
            }
        }
        """;

    private static readonly string CorpusGenProgram = """
        using System.Diagnostics;
        using System.Globalization;
        using System.Runtime.CompilerServices;
        using Scale;

        // With an argument, one lookup's first call in a fresh process: its time, JIT included, and what it allocates.
        // The arguments are made before the clock starts: a first DateOnly from a year, month and day costs the
        // runtime about 0.4 ms, which is the caller's, not the lookup's. Main names nothing of NewsCorpus: the JIT
        // loads a class when it compiles the first method that names it, which is then the lookup's method below, inside the clock.
        if (args.Length > 0)
        {
            var (first, last) = (new DateOnly(2010, 1, 1), new DateOnly(2010, 1, 31));
            var methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var resultCount = args[0] switch
            {
                "FirstDate" => FirstDate().Count,
                "ByOutlet" => ByOutlet().Count,
                "ByCity" => ByCity().Count,
                "Between" => Between(first, last).Count,
        #if SEARCH
                "Search" => Search().Count,
        #endif
                _ => Find().Count,
            };
            var elapsed = watch.Elapsed.TotalMilliseconds;
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            var methods = System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore;
            Report("first_call_ms", elapsed.ToString("F2", CultureInfo.InvariantCulture));
            Report("first_call_alloc_bytes", allocated);
            Report("first_call_jit_methods", methods);
            Report("result_count", resultCount);
            return;
        }

        var clock = Stopwatch.StartNew();
        var found = FirstQuery();
        Report("first_query_ms", clock.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture));
        var list = EveryArticle();

        // One small method a lookup, so that the clock holds little of the harness's own compiling.
        [MethodImpl(MethodImplOptions.NoInlining)]
        static IReadOnlyList<NewsArticle> FirstDate() => NewsCorpus.FirstDate.DayNumber > 0 ? Array.Empty<NewsArticle>() : null!;

        [MethodImpl(MethodImplOptions.NoInlining)]
        static IReadOnlyList<NewsArticle> Find() => new[] { NewsCorpus.Find("ARTICLE_ID")! };

        [MethodImpl(MethodImplOptions.NoInlining)]
        static IReadOnlyList<NewsArticle> ByOutlet() => NewsCorpus.ByOutlet("رويترز");

        [MethodImpl(MethodImplOptions.NoInlining)]
        static IReadOnlyList<NewsArticle> ByCity() => NewsCorpus.ByCity("القاهرة");

        [MethodImpl(MethodImplOptions.NoInlining)]
        static IReadOnlyList<NewsArticle> Between(DateOnly first, DateOnly last) => NewsCorpus.Between(first, last);

        #if SEARCH
        // A term of nearly every synthetic article: the search scores them all.
        [MethodImpl(MethodImplOptions.NoInlining)]
        static SearchResults Search() => NewsCorpus.Search("الأمن", 10);
        #endif

        [MethodImpl(MethodImplOptions.NoInlining)]
        static NewsArticle FirstQuery() => NewsCorpus.Find("ARTICLE_ID")!;

        [MethodImpl(MethodImplOptions.NoInlining)]
        static IReadOnlyList<NewsArticle> EveryArticle() => NewsCorpus.All;

        """ + Measure;
}
