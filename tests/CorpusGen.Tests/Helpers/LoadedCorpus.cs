using System.Collections;
using System.Reflection;

namespace CorpusGen.Tests.Helpers;

/// <summary>A generated corpus compiled and loaded, read through reflection as a user's code would read it.</summary>
internal sealed class LoadedCorpus
{
    /// <summary>Compiled with the generated code: reads what reflection cannot (a span).</summary>
    public const string ProbeSource = """
        namespace Test;

        internal static class Probe
        {
            public static byte[] Utf8(object article) => ((NewsArticle)article).Utf8Text.ToArray();
        }
        """;

    private readonly Assembly _assembly;
    private readonly Type _corpus;

    public LoadedCorpus(Assembly assembly, string className = "Test.NewsCorpus")
    {
        _assembly = assembly;
        _corpus = assembly.GetType(className, throwOnError: true)!;
    }

    public static LoadedCorpus Build(IEnumerable<TestFile> files, IReadOnlyDictionary<string, string>? properties = null, bool embedArticles = true)
    {
        var run = GeneratorHarness.Run(files, properties, ProbeSource);
        Assert.Empty(run.CompilationProblems);
        return new LoadedCorpus(run.Load(embedArticles));
    }

    public IReadOnlyList<LoadedArticle> All =>
        ((IEnumerable)_corpus.GetProperty("All")!.GetValue(null)!).Cast<object>().Select(Wrap).ToList();

    public int Count => (int)_corpus.GetField("Count")!.GetValue(null)!;

    public LoadedArticle? Find(string id) => _corpus.GetMethod("Find")!.Invoke(null, [id]) is { } article ? Wrap(article) : null;

    public LoadedArticle Member(string name) => Wrap(_corpus.GetProperty(name)!.GetValue(null)!);

    /// <summary>Calls static method <paramref name="name"/> of the corpus class; its exception, not reflection's, is thrown.</summary>
    public object? Call(string name, object?[] arguments)
    {
        try
        {
            return _corpus.GetMethods().Single(method => method.Name == name && method.GetParameters().Length == arguments.Length).Invoke(null, arguments);
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
        {
            throw invocation.InnerException;
        }
    }

    public T Static<T>(string property) => (T)_corpus.GetProperty(property)!.GetValue(null)!;

    /// <summary>A class nested in the corpus class, such as a facet class.</summary>
    public Type Nested(string name) => _corpus.GetNestedType(name)!;

    public Type Type(string name) => _assembly.GetType(name, throwOnError: true)!;

    private LoadedArticle Wrap(object article) => new(article, _assembly.GetType("Test.Probe")!);
}

internal sealed class LoadedArticle(object article, Type probe)
{
    public object Instance => article;

    public byte[] Utf8Text => (byte[])probe.GetMethod("Utf8")!.Invoke(null, [article])!;

    public T Get<T>(string property) => (T)article.GetType().GetProperty(property)!.GetValue(article)!;

    public string Id => Get<string>("Id");

    public string Text => Get<string>("Text");

    public IReadOnlyList<string> Paragraphs => Get<IReadOnlyList<string>>("Paragraphs");
}
