using BenchmarkDotNet.Attributes;
using CorpusGen.Emit;
using CorpusGen.Model;
using CorpusGen.Parsing;

namespace CorpusGen.Benchmarks;

/// <summary>CorpusGen's own work per article, without Roslyn: parsing, and emitting the member.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private List<(string Path, string Content)> _files = null!;
    private List<ArticleSpec> _specs = null!;
    private readonly CorpusOptions _options = new("Bench", "NewsCorpus", "internal", EmbedsArticles: true, WritesCards: true);

    [GlobalSetup]
    public void Setup()
    {
        _files = SyntheticCorpus.Articles(1_000).Select(article => ("/corpus/" + article.FileName, article.Content)).ToList();
        _specs = _files.Select(file => ArticleParser.Parse(file.Path, null, file.Content).Value.Article!).ToList();
        Console.WriteLine($"// corpus: 1000 articles, {_files.Sum(file => System.Text.Encoding.UTF8.GetByteCount(file.Content)) / 1e6:F2} MB");
    }

    [Benchmark]
    public int Parse()
    {
        var words = 0;
        foreach (var (path, content) in _files)
        {
            words += ArticleParser.Parse(path, null, content).Value.Article!.WordCount;
        }

        return words;
    }

    [Benchmark]
    public int Emit()
    {
        var length = 0;
        foreach (var spec in _specs)
        {
            length += FragmentEmitter.Emit(spec, null, _options).Card!.Lead.Length;
        }

        return length;
    }
}
