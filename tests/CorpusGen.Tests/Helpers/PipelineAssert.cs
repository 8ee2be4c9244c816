using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Tests.Helpers;

/// <summary>What an incremental pipeline must do on every run: run each named step, and cache them all on a rerun.</summary>
internal static class PipelineAssert
{
    /// <summary>The steps in <see cref="TrackingNames"/>, read by reflection so a new step is checked without a test naming it.</summary>
    public static IReadOnlyList<string> StepNames { get; } = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToList();

    public static void EveryStepRan(GeneratorRunResult run) =>
        Assert.All(StepNames, step => Assert.True(run.TrackedSteps.ContainsKey(step), $"step {step} did not run"));

    /// <summary>A rerun on equal input may recompute a step but must get an equal value, and must not emit again.</summary>
    public static void EveryStepCached(GeneratorRunResult rerun)
    {
        foreach (var step in StepNames)
        {
            Assert.All(Outputs(rerun, step), output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {step}: {output.Reason}"));
        }

        foreach (var (step, runs) in rerun.TrackedOutputSteps)
        {
            Assert.All(runs.SelectMany(run => run.Outputs), output => Assert.True(output.Reason is IncrementalStepRunReason.Cached, $"output {step}: {output.Reason}"));
        }
    }

    /// <summary>A step holding a compilation, symbol or syntax keeps it alive and never compares equal to the next run's.</summary>
    public static void NoStepHoldsRoslynObjects(GeneratorRunResult run)
    {
        foreach (var step in StepNames)
        {
            foreach (var output in Outputs(run, step))
            {
                var path = PathToRoslynObject(output.Value);
                Assert.True(path is null, $"step {step} holds {path}");
            }
        }
    }

    // Only the generator's own steps: the compiler's inputs (Compilation, AdditionalTexts, ...) are tracked too.
    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult run, string step) =>
        run.TrackedSteps.TryGetValue(step, out var runs) ? runs.SelectMany(run => run.Outputs) : [];

    /// <summary>The path down to the first Roslyn object in <paramref name="value"/>, or null if it holds none.</summary>
    public static string? PathToRoslynObject(object? value) =>
        PathToRoslynObject(value, "value", new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static string? PathToRoslynObject(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return null;
        }

        if (value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SourceText or Location)
        {
            return $"a {value.GetType().Name} at {path}";
        }

        // An additional file is the pipeline's input, which a step may hold; an object seen before is walked already.
        if (value is AdditionalText || (!value.GetType().IsValueType && !visited.Add(value)))
        {
            return null;
        }

        var children = value switch
        {
            ITuple tuple => Enumerable.Range(0, tuple.Length).Select(i => (Value: tuple[i], Path: $"{path}.Item{i + 1}")),
            IEnumerable items => items.Cast<object?>().Select((item, i) => (Value: item, Path: $"{path}[{i}]")),
            _ when value.GetType().IsValueType || value.GetType().Namespace?.StartsWith("CorpusGen", StringComparison.Ordinal) == true =>
                Fields(value.GetType()).Select(field => (Value: field.GetValue(value), Path: $"{path}.{Name(field)}")),
            _ => [],
        };
        return children.Select(child => PathToRoslynObject(child.Value, child.Path, visited)).FirstOrDefault(found => found is not null);
    }

    private static string Name(FieldInfo field) => field.Name.StartsWith('<') ? field.Name[1..field.Name.IndexOf('>')] : field.Name;

    // GetFields leaves out a base class's private fields.
    private static IEnumerable<FieldInfo> Fields(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                yield return field;
            }
        }
    }
}
