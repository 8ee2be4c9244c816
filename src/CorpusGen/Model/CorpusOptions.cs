namespace CorpusGen.Model;

/// <summary>The project-wide settings, read from MSBuild properties.</summary>
/// <param name="Namespace">Where the generated types go; empty for the global namespace.</param>
/// <param name="ClassName">The corpus class of articles that name no collection.</param>
/// <param name="Visibility"><c>internal</c> or <c>public</c>.</param>
public sealed record CorpusOptions(string Namespace, string ClassName, string Visibility)
{
    public const string DefaultClassName = "NewsCorpus";
    public const string DefaultVisibility = "internal";
}
