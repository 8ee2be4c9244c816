namespace CorpusGen.Model;

/// <summary>The MSBuild properties that say what a project targets: its framework and the C# version the SDK picks for it.</summary>
/// <param name="MaxSupportedLangVersion">The C# version the SDK gives the project when it sets none, as MSBuild writes it.</param>
public readonly record struct ProjectTarget(string? TargetFramework, string? MaxSupportedLangVersion);
