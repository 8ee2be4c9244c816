using System.Text.RegularExpressions;

namespace CorpusGen.Tests;

/// <summary>
/// The generator's folders are its pipeline, and dependencies run one way: each step (Reading, Parsing, Planning,
/// Emit) uses only the records of Model, the text utilities of Text, the search analysis of Search and the
/// descriptors of Diagnostics, never another step; only the pipeline itself, CorpusGenerator, sees them all.
/// docs/ARCHITECTURE.md draws it.
/// </summary>
public partial class ArchitectureTests
{
    private static readonly Dictionary<string, string[]> MayUse = new()
    {
        ["Model"] = [],
        ["Text"] = ["Model"],

        // Also emitted as it is into every corpus that searches: it can use nothing of the generator.
        ["Search"] = [],
        ["Diagnostics"] = ["Model"],
        ["Reading"] = ["Model", "Text", "Diagnostics"],
        ["Parsing"] = ["Model", "Text", "Search", "Diagnostics"],
        ["Planning"] = ["Model", "Text", "Search", "Diagnostics"],
        ["Emit"] = ["Model", "Text", "Search"],

        // The MSBuild tasks that run before the compiler: pipelines of their own, over the steps.
        ["Tasks"] = ["Model", "Text", "Search", "Diagnostics", "Reading", "Parsing", "Planning", "Emit"],
    };

    [Fact]
    public void Each_step_uses_only_the_shared_folders()
    {
        var source = Path.Combine(RepositoryRoot(), "src", "CorpusGen");
        var violations = new List<string>();
        var checkedFiles = 0;
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file).Replace('\\', '/');
            var folder = relative.Contains('/') ? relative[..relative.IndexOf('/')] : "";
            if (!MayUse.TryGetValue(folder, out var allowed))
            {
                Assert.True(folder is "" or "bin" or "obj", $"{relative} is in a folder the dependency rule does not know");
                continue;
            }

            checkedFiles++;
            var used = ProjectNamespace().Matches(File.ReadAllText(file)).Select(match => match.Groups[1].Value).Distinct();
            violations.AddRange(used.Where(name => name != folder && !allowed.Contains(name)).Select(name => $"{relative} uses {name}"));
        }

        Assert.True(checkedFiles > 30, $"only {checkedFiles} files were checked");
        Assert.Empty(violations);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CorpusGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("CorpusGen.sln not found above " + AppContext.BaseDirectory);
    }

    // A using directive or a qualified name: `using CorpusGen.Emit;`, `CorpusGen.Planning.ArticleShards`.
    [GeneratedRegex(@"\bCorpusGen\.(Model|Text|Search|Diagnostics|Reading|Parsing|Planning|Emit)\b")]
    private static partial Regex ProjectNamespace();
}
