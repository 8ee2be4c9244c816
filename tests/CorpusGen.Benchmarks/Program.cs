using CorpusGen.Benchmarks;
using Microsoft.CodeAnalysis;

if (args is ["corpus", var directory, var count])
{
    var bytes = SyntheticCorpus.Write(directory, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine($"{count} articles, {bytes:N0} bytes in {directory}");
    return 0;
}

if (args is ["throughput", .. var counts])
{
    // Each corpus size and documentation mode in a process of its own, so each first pass is a cold one.
    foreach (var (size, kind) in counts.SelectMany(size => new[] { (size, "build"), (size, "IDE") }))
    {
        var host = Environment.ProcessPath!;
        string[] arguments = Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? [typeof(Program).Assembly.Location, "throughput-one", size, kind]
            : ["throughput-one", size, kind];
        using var run = System.Diagnostics.Process.Start(host, arguments);
        run.WaitForExit();
    }

    return 0;
}

if (args is ["throughput-one", var articleCount, var mode])
{
    // Full passes: the first one in the process, as when an IDE opens the project, then the median of five taken
    // after five more, as in the long-lived compiler server. Edit and no-change passes are timed after a warm-up
    // too: the first passes run Roslyn's and CorpusGen's code before the JIT has optimized it.
    const int Passes = 40;
    const int WarmUpEdits = 100;
    const int WarmUpFulls = 5;
    const int Fulls = 5;
    var articles = int.Parse(articleCount, System.Globalization.CultureInfo.InvariantCulture);
    var documentation = mode == "IDE" ? DocumentationMode.Parse : DocumentationMode.None;
    var clock = new System.Diagnostics.Stopwatch();
    {
        var runner = new GeneratorDriverRunner(articles, documentation);
        clock.Restart();
        var driver = runner.RunFull();
        var first = clock.Elapsed.TotalMilliseconds;
        var fulls = new List<double>();
        long allocated = 0;
        for (var run = 0; run < WarmUpFulls + Fulls; run++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            clock.Restart();
            driver = runner.RunFull();
            fulls.Add(clock.Elapsed.TotalMilliseconds);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        }

        var full = Median(fulls.Skip(WarmUpFulls));
        var edits = new List<double>();
        var unchanged = new List<double>();
        for (var version = 0; version < WarmUpEdits + Passes; version++)
        {
            clock.Restart();
            driver = runner.RunAfterEdit(driver, (version * 7919) % articles, version);
            edits.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            driver = runner.RunAgain(driver);
            unchanged.Add(clock.Elapsed.TotalMilliseconds);
        }

        var edit = Median(edits.Skip(WarmUpEdits));
        Console.WriteLine(
            $"{articles,7} articles {mode,-5} {runner.Bytes / 1e6,6:F1} MB" +
            $"  first pass {first,6:F0} ms  full {full,6:F0} ms  {runner.Bytes / 1e6 / (full / 1000),6:F1} MB/s  {allocated / 1e6,5:F0} MB allocated" +
            $"  edit {edit,5:F1} ms = {100 * edit / full:F2} % of full, {100 * edit / first:F2} % of first" +
            $"  no change {Median(unchanged.Skip(WarmUpEdits)),4:F1} ms");
    }

    return 0;

    static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
}

if (args is ["build-times", .. var sizes])
{
    var root = Directory.GetCurrentDirectory();
    while (!File.Exists(Path.Combine(root, "CorpusGen.sln")))
    {
        root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from inside the repository");
    }

    var runs = int.Parse(Environment.GetEnvironmentVariable("CORPUSGEN_BUILD_RUNS") ?? "3", System.Globalization.CultureInfo.InvariantCulture);
    BuildTimeComparison.Run(root, sizes.Where(size => size != "--headers").Select(size => int.Parse(size, System.Globalization.CultureInfo.InvariantCulture)).ToList(), runs, headers: sizes.Contains("--headers"));
    return 0;
}

if (args is ["search-vs-lucene", var syntheticCount, .. var searchOptions] && searchOptions is [] or ["--titles"])
{
    var root = Directory.GetCurrentDirectory();
    while (!File.Exists(Path.Combine(root, "CorpusGen.sln")))
    {
        root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from inside the repository");
    }

    SearchComparison.Run(root, int.Parse(syntheticCount, System.Globalization.CultureInfo.InvariantCulture), titles: searchOptions is ["--titles"]);
    return 0;
}

if (args is ["bench", .. var benchmarkArgs])
{
    BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(SyntheticCorpus).Assembly).Run(benchmarkArgs);
    return 0;
}

Console.Error.WriteLine("usage: corpus <dir> <count> | throughput <count>... | build-times <count>... [--headers] | search-vs-lucene <count> [--titles] | bench [BenchmarkDotNet options]");
return 2;
