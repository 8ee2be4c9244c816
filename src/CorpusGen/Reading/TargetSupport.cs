using CorpusGen.Diagnostics;
using CorpusGen.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Reading;

/// <summary>
/// Whether the project can compile the generated code: it needs C# 11 (UTF-8 literals, for texts not stored in a resource) and
/// <c>System.DateOnly</c> (.NET 6). When it cannot, one diagnostic says what to change and nothing is generated,
/// rather than a wall of compiler errors in generated files.
/// </summary>
public sealed record TargetSupport(bool CanCompile, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp11;

    public static TargetSupport Check(LanguageVersion languageVersion, bool hasDateOnly)
    {
        if (languageVersion < MinimumLanguageVersion)
        {
            var version = languageVersion.ToDisplayString();
            return Unsupported(DiagnosticInfo.Create(DiagnosticDescriptors.LanguageVersionTooLow, null, version));
        }

        return hasDateOnly
            ? new TargetSupport(true, EquatableArray<DiagnosticInfo>.Empty)
            : Unsupported(DiagnosticInfo.Create(DiagnosticDescriptors.FrameworkTooOld, null));
    }

    private static TargetSupport Unsupported(DiagnosticInfo diagnostic) =>
        new(false, new EquatableArray<DiagnosticInfo>([diagnostic]));
}
