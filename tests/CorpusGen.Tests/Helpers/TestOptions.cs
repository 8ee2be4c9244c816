using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Tests.Helpers;

/// <summary>The analyzer config options MSBuild would hand the compiler: the project's properties, no per-file metadata.</summary>
internal sealed class TestOptionsProvider(ImmutableDictionary<string, string> globalOptions) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new TestOptions(globalOptions);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => TestOptions.Empty;
}

internal sealed class TestOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
{
    public static readonly TestOptions Empty = new(ImmutableDictionary<string, string>.Empty);

    public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
}
