using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using CorpusGen.Reading;
using Microsoft.Build.Framework;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

// An MSBuild task, not part of the generator: it runs in MSBuild before the compiler, where file IO is its job.
#pragma warning disable RS1035

namespace CorpusGen.Tasks;

/// <summary>
/// The MSBuild task that writes the project's search indexes before the compiler runs, for the targets to embed: a
/// generator cannot add a resource. <see cref="SearchIndexBuilder"/> does the work; this is MSBuild's side of it.
/// </summary>
public sealed class WriteSearchIndex : CorpusGenTask
{
    /// <summary>The article files, each once: the compiler's additional files.</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>The <c>NewsArticle</c> items, with their <c>Collection</c> metadata.</summary>
    [Required]
    public ITaskItem[] Declarations { get; set; } = [];

    /// <summary>The project's CorpusGen properties as <c>Name=Value</c>, as the generator sees them.</summary>
    public string[] Properties { get; set; } = [];

    [Required]
    public string OutputFile { get; set; } = "";

    public override bool Execute()
    {
        // The list the targets write for the generator, one line per declaration.
        var list = string.Join("\n", Declarations.Select(item => item.GetMetadata("FullPath") + "\t" + item.GetMetadata("Collection") + "\t" + item.GetMetadata("Paragraphs")));
        var options = OptionsReader.Read(new PropertyOptions(Properties), parsesDocComments: false).Value;
        try
        {
            var files = Files.Select(file => (AdditionalText)new ArticleFileText(file.GetMetadata("FullPath"))).ToList();
            WriteIfChanged(OutputFile, SearchIndexBuilder.Build(files, list, options));
            return true;
        }
        catch (InvalidOperationException tooLarge)
        {
            Log(error: true, "CGN018", null, 0, 0, tooLarge.Message);
            return false;
        }
    }

    // The properties the generator reads through the compiler's global options.
    private sealed class PropertyOptions(string[] properties) : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values = properties
            .Select(property => property.Split(['='], 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => "build_property." + parts[0].Trim(), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Last()[1], StringComparer.Ordinal);

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
