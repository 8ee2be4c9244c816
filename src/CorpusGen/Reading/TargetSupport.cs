using CorpusGen.Diagnostics;
using CorpusGen.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Reading;

/// <summary>
/// Whether the project can compile the generated code: it needs C# 11 (UTF-8 literals, for texts not stored in a resource) and
/// <c>System.DateOnly</c> (.NET 6). When it cannot, one diagnostic names every reason and the change that fixes
/// them all, and nothing is generated, rather than a wall of compiler errors in generated files.
/// </summary>
public static class TargetSupport
{
    public const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp11;

    private const string NewFramework = "target .NET 8 or later (<TargetFramework>net8.0</TargetFramework>)";

    /// <summary>Whether the project can compile the generated code, and if not, the one error that says why.</summary>
    /// <param name="target">What MSBuild says of the target; null members where it says nothing (outside MSBuild).</param>
    public static Result<bool> Check(LanguageVersion languageVersion, bool hasDateOnly, ProjectTarget target)
    {
        var languageTooOld = languageVersion < MinimumLanguageVersion;
        if (hasDateOnly && !languageTooOld)
        {
            return Result.Clean(true);
        }

        var version = languageVersion.ToDisplayString();
        var framework = target.TargetFramework is { } name ? "the target framework " + name : "the target framework";
        var defaultVersion = DefaultLanguageVersion(target);
        var isDefault = defaultVersion == languageVersion;
        var fix = (hasDateOnly, isDefault, defaultVersion) switch
        {
            // The SDK's default for net6.0 is C# 10: one property, or a newer framework, fixes it.
            (true, true, _) => $"the project compiles with C# {version}, the default of {framework}: set <LangVersion>11</LangVersion> in the project file, or {NewFramework}",
            (true, false, { } sdkDefault) when sdkDefault >= MinimumLanguageVersion => $"the project sets C# {version}: remove <LangVersion> from the project file to use the SDK's default, C# {sdkDefault.ToDisplayString()}, or set it to 11 or later",
            (true, _, _) => $"the project compiles with C# {version}: set <LangVersion>11</LangVersion> or later in the project file",

            // A newer framework brings a new enough default C# version, unless the project sets an older one.
            (false, false, not null) when languageTooOld => $"{framework} has no DateOnly and the project sets C# {version}: {NewFramework}, and remove <LangVersion> or set it to 11 or later",
            (false, _, _) when languageTooOld => $"{framework} has no DateOnly, and the project compiles with C# {version}: {NewFramework}, whose default C# version is new enough",
            _ => $"{framework} has no DateOnly: {NewFramework}",
        };

        return languageTooOld && hasDateOnly
            ? Unsupported(DiagnosticInfo.Create(DiagnosticDescriptors.LanguageVersionTooLow, null, fix))
            : Unsupported(DiagnosticInfo.Create(DiagnosticDescriptors.FrameworkTooOld, null, languageTooOld ? "System.DateOnly (.NET 6 or later) and C# 11 or later" : "System.DateOnly (.NET 6 or later)", fix));
    }

    private static Result<bool> Unsupported(DiagnosticInfo diagnostic) => Result.With(false, [diagnostic]);

    /// <summary>The C# version the SDK gives the project when it sets none; null when unknown.</summary>
    private static LanguageVersion? DefaultLanguageVersion(ProjectTarget target) =>
        target.MaxSupportedLangVersion is { Length: > 0 } value && LanguageVersionFacts.TryParse(value, out var version) ? version : null;
}
