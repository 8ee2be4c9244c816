namespace CorpusGen.Model;

/// <summary>
/// What a pipeline step made and the problems it found making it: the one carrier of every branch of the pipeline,
/// so each reports its diagnostics the same way, from an output of their own.
/// </summary>
public sealed record Result<T>(T Value, EquatableArray<DiagnosticInfo> Diagnostics);

public static class Result
{
    /// <summary>A value and the problems found making it.</summary>
    public static Result<T> With<T>(T value, System.Collections.Generic.IEnumerable<DiagnosticInfo> diagnostics) => new(value, diagnostics.ToEquatableArray());

    /// <summary>A value made without a problem.</summary>
    public static Result<T> Clean<T>(T value) => new(value, EquatableArray<DiagnosticInfo>.Empty);
}
