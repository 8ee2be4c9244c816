using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Benchmarks;

/// <summary>
/// The generator in process, as the compiler runs it: a first full pass over the corpus, and the pass after one
/// article's text changed. MB/s = corpus MB (printed in the setup) / mean time.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private GeneratorDriverRunner _runner = null!;
    private GeneratorDriver _warm = null!;
    private int _version;

    [Params(1_000, 10_000, 50_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _runner = new GeneratorDriverRunner(Articles);
        Console.WriteLine($"// corpus: {Articles} articles, {_runner.Bytes / 1e6:F1} MB");
    }

    [IterationSetup(Target = nameof(EditOneArticle))]
    public void Warm() => _warm = _runner.RunFull();

    [Benchmark]
    public GeneratorDriver FullPass() => _runner.RunFull();

    [Benchmark]
    public GeneratorDriver EditOneArticle() => _runner.RunAfterEdit(_warm, Articles / 2, ++_version);
}
