using CorpusGen.Model;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Diagnostics;

/// <summary>
/// The one way the pipeline reports problems: from an output of their own, so a change in diagnostics does not
/// emit source again, and a change in source does not report again.
/// </summary>
public static class DiagnosticReporting
{
    public static void ReportDiagnostics<T>(this IncrementalGeneratorInitializationContext context, IncrementalValueProvider<Result<T>> results) =>
        context.ReportDiagnostics(results.Select((result, _) => result.Diagnostics));

    public static void ReportDiagnostics(this IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<DiagnosticInfo>> diagnostics) =>
        context.RegisterSourceOutput(diagnostics, static (context, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
}
