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
    // Full passes: the median of three. Edit passes are timed after a warm-up, as in a long-lived IDE process: the
    // first ones run Roslyn's and CorpusGen's code before the JIT has optimized it.
    const int Edits = 40;
    const int WarmUpEdits = 100;
    var runs = counts.Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture))
        .SelectMany(articles => new[] { (articles, DocumentationMode.None), (articles, DocumentationMode.Parse) });
    foreach (var (articles, documentation) in runs)
    {
        var runner = new GeneratorDriverRunner(articles, documentation);
        runner.RunFull();
        var clock = new System.Diagnostics.Stopwatch();
        var fulls = new List<TimeSpan>();
        GeneratorDriver driver = null!;
        long allocated = 0;
        for (var run = 0; run < 3; run++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            clock.Restart();
            driver = runner.RunFull();
            fulls.Add(clock.Elapsed);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        }

        var full = fulls.Order().ElementAt(1);
        var edits = new List<double>();
        for (var version = 0; version < WarmUpEdits + Edits; version++)
        {
            clock.Restart();
            driver = runner.RunAfterEdit(driver, (version * 7919) % articles, version);
            edits.Add(clock.Elapsed.TotalMilliseconds);
        }

        edits = edits.Skip(WarmUpEdits).Order().ToList();
        var median = edits[edits.Count / 2];
        Console.WriteLine($"{articles,7} articles {(documentation == DocumentationMode.None ? "build" : "IDE  ")} {runner.Bytes / 1e6,8:F1} MB  full {full.TotalMilliseconds,8:F0} ms  {runner.Bytes / 1e6 / full.TotalSeconds,7:F1} MB/s  {allocated / 1e6,6:F0} MB allocated  edit median {median,6:F1} ms ({100 * median / full.TotalMilliseconds:F2} %), min {edits[0]:F1} ms");
    }

    return 0;
}

if (args is ["steps", var stepCount, ..])
{
    var runner = new GeneratorDriverRunner(int.Parse(stepCount, System.Globalization.CultureInfo.InvariantCulture));
    var driver = runner.RunFull(track: args.Length > 2);
    for (var version = 1; version <= 8; version++)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        driver = runner.RunAfterEdit(driver, 7, version);
        Console.WriteLine($"edit pass {clock.ElapsedMilliseconds} ms; generators {driver.GetTimingInfo().ElapsedTime.TotalMilliseconds:F1} ms");
        clock.Restart();
        driver = driver.RunGenerators(Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("x"));
        Console.WriteLine($"  no-change pass {clock.Elapsed.TotalMilliseconds:F1} ms");
        foreach (var (name, runs) in driver.GetRunResult().Results[0].TrackedSteps)
        {
            Console.WriteLine($"  {name,-28} {runs.Length,6} runs {runs.Sum(run => run.ElapsedTime.TotalMilliseconds),8:F2} ms");
        }
    }

    return 0;
}

if (args is ["build-times", .. var sizes])
{
    var root = Directory.GetCurrentDirectory();
    while (!File.Exists(Path.Combine(root, "CorpusGen.sln")))
    {
        root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from inside the repository");
    }

    var runs = int.Parse(Environment.GetEnvironmentVariable("CORPUSGEN_BUILD_RUNS") ?? "3", System.Globalization.CultureInfo.InvariantCulture);
    BuildTimeComparison.Run(root, sizes.Select(size => int.Parse(size, System.Globalization.CultureInfo.InvariantCulture)).ToList(), runs);
    return 0;
}

if (args is ["bench", .. var benchmarkArgs])
{
    BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(SyntheticCorpus).Assembly).Run(benchmarkArgs);
    return 0;
}

Console.Error.WriteLine("usage: corpus <dir> <count> | throughput <count>... | steps <count> | build-times <count>... | bench [BenchmarkDotNet options]");
return 2;
