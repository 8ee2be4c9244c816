using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;

// An MSBuild task, not part of the generator: it runs in MSBuild before the compiler, where file IO is its job.
#pragma warning disable RS1035

namespace CorpusGen.Tasks;

/// <summary>
/// The MSBuild task that writes the article files a project declares in a legacy encoding (its item's
/// <c>Encoding</c> metadata, else <c>CorpusGenEncoding</c>) as UTF-8 files in the intermediate folder, for the
/// compiler to read and the targets to embed; <see cref="ArticleTranscoder"/> does the work.
/// </summary>
public sealed class TranscodeArticles : CorpusGenTask
{
    /// <summary>The article files, each once, with their resource metadata.</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>The <c>NewsArticle</c> items, with their <c>Encoding</c> metadata.</summary>
    [Required]
    public ITaskItem[] Declarations { get; set; } = [];

    /// <summary>The project's <c>CorpusGenEncoding</c>: the encoding of the files whose item names none.</summary>
    public string ProjectEncoding { get; set; } = "";

    [Required]
    public string OutputFolder { get; set; } = "";

    /// <summary><see cref="Files"/>, a transcoded file in place of each original, with its metadata and its original as <c>SourcePath</c>.</summary>
    [Output]
    public ITaskItem[] ArticleFiles { get; private set; } = [];

    /// <summary><see cref="Declarations"/> by the path the compiler reads, with <c>SourcePath</c> for a transcoded file.</summary>
    [Output]
    public ITaskItem[] ListedArticles { get; private set; } = [];

    public override bool Execute()
    {
        // A project encoding .NET does not know is one error, at the project, not one per article.
        var projectEncoding = ProjectEncoding.Trim();
        if (projectEncoding.Length > 0 && ArticleTranscoder.Find(projectEncoding) is null)
        {
            Log(error: true, "CGN019", null, 0, 0, UnknownEncoding(projectEncoding, "the value of CorpusGenEncoding"));
            return false;
        }

        // A file declared twice is read in the encoding of its first declaration, as it is embedded under its first Collection.
        var encodingNames = new Dictionary<string, (string Name, string Item)>(StringComparer.OrdinalIgnoreCase);
        foreach (var declaration in Declarations)
        {
            var path = declaration.GetMetadata("FullPath");
            if (!encodingNames.ContainsKey(path))
            {
                var own = declaration.GetMetadata("Encoding").Trim();
                encodingNames.Add(path, own.Length > 0 ? (own, $"the Encoding metadata of NewsArticle '{declaration.ItemSpec}'") : (projectEncoding, "CorpusGenEncoding"));
            }
        }

        var succeeded = true;
        var transcoded = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var files = new List<ITaskItem>(Files.Length);
        foreach (var file in Files)
        {
            var path = file.GetMetadata("FullPath");
            var (name, item) = encodingNames.TryGetValue(path, out var named) ? named : (projectEncoding, "CorpusGenEncoding");
            if (name.Length == 0)
            {
                files.Add(file);
                continue;
            }

            var encoding = ArticleTranscoder.Find(name);
            if (encoding is null)
            {
                Log(error: true, "CGN019", path, 0, 0, UnknownEncoding(name, item));
                succeeded = false;
                files.Add(file);
                continue;
            }

            if (ArticleTranscoder.IsUtf8(encoding))
            {
                files.Add(file);
                continue;
            }

            byte[] content;
            try
            {
                content = File.ReadAllBytes(path);
            }
            catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
            {
                Log(error: true, "CGN008", path, 0, 0, $"'{Path.GetFileName(path)}' could not be read to be transcoded from {encoding.WebName}: {unreadable.Message}");
                succeeded = false;
                files.Add(file);
                continue;
            }

            if (ArticleTranscoder.HasUnicodeByteOrderMark(content) || ArticleTranscoder.IsValidUtf8(content))
            {
                files.Add(file);
                continue;
            }

            var target = Path.Combine(Path.GetFullPath(OutputFolder), Folder(path), Path.GetFileName(path));
            var result = ArticleTranscoder.Transcode(content, encoding);
            if (result.Unmapped > 0)
            {
                var bytes = result.Unmapped == 1 ? "a byte" : $"{result.Unmapped} bytes";
                Log(error: false, "CGN005", path, result.Line, result.Column, $"'{Path.GetFileName(path)}' holds {bytes} that {encoding.WebName} does not map, read as U+FFFD, the first here: check that the file is in {encoding.WebName}, or correct the byte.");
            }

            WriteIfChanged(target, result.Utf8);
            files.Add(new OutputItem(target, file, path));
            transcoded[path] = target;
        }

        ArticleFiles = [.. files];
        ListedArticles = [.. Declarations.Select(declaration => Listed(declaration, transcoded))];
        return succeeded;
    }

    private static string UnknownEncoding(string name, string where) =>
        $"'{name}', {where}, is no encoding .NET knows: name the files' encoding as Encoding.GetEncoding does, such as 'windows-1256', 'iso-8859-6' or 'utf-8'.";

    private static ITaskItem Listed(ITaskItem declaration, Dictionary<string, string> transcoded)
    {
        var path = declaration.GetMetadata("FullPath");
        return transcoded.TryGetValue(path, out var target) ? new OutputItem(target, declaration, path) : new OutputItem(path, declaration, "");
    }

    // One folder per source folder, so that two files of one name in two folders keep their names: 64 bits of hash
    // keep two folders from sharing one.
    private static string Folder(string path)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in Path.GetDirectoryName(path) ?? "")
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    // An item for MSBuild: a path, the metadata of the item it stands for, and that item's path as SourcePath.
    private sealed class OutputItem : ITaskItem
    {
        private readonly Dictionary<string, string> _metadata = new(StringComparer.OrdinalIgnoreCase);

        public OutputItem(string itemSpec, ITaskItem source, string sourcePath)
        {
            ItemSpec = itemSpec;
            foreach (System.Collections.DictionaryEntry entry in source.CloneCustomMetadata())
            {
                _metadata[(string)entry.Key] = (string)entry.Value!;
            }

            _metadata["SourcePath"] = sourcePath;
        }

        public string ItemSpec { get; set; }

        public System.Collections.ICollection MetadataNames => _metadata.Keys;

        public int MetadataCount => _metadata.Count;

        public string GetMetadata(string metadataName) => _metadata.TryGetValue(metadataName, out var value) ? value : "";

        public void SetMetadata(string metadataName, string metadataValue) => _metadata[metadataName] = metadataValue;

        public void RemoveMetadata(string metadataName) => _metadata.Remove(metadataName);

        public void CopyMetadataTo(ITaskItem destinationItem)
        {
            foreach (var entry in _metadata)
            {
                destinationItem.SetMetadata(entry.Key, entry.Value);
            }
        }

        public System.Collections.IDictionary CloneCustomMetadata() => new Dictionary<string, string>(_metadata, StringComparer.OrdinalIgnoreCase);
    }
}
