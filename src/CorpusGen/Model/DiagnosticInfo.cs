using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Model;

/// <summary>
/// A diagnostic as plain data: pipeline steps compare it by value, and it becomes a <see cref="Diagnostic"/>
/// with a real <see cref="Location"/> only when reported.
/// </summary>
public sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    string? FilePath,
    TextSpan Span,
    LinePositionSpan LineSpan,
    EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SourcePosition? position, params string[] arguments) =>
        new(
            descriptor,
            position?.FilePath,
            position?.Span ?? default,
            position?.LineSpan ?? default,
            new EquatableArray<string>(arguments));

    public Diagnostic ToDiagnostic()
    {
        var location = FilePath is null ? Location.None : Location.Create(FilePath, Span, LineSpan);
        return Diagnostic.Create(Descriptor, location, messageArgs: Arguments.ToArrayOfObjects());
    }
}

internal static class ArgumentArrays
{
    public static object[] ToArrayOfObjects(this EquatableArray<string> arguments)
    {
        var result = new object[arguments.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = arguments[i];
        }

        return result;
    }
}
