using System;
using System.IO;
using Microsoft.Build.Framework;

// An MSBuild task, not part of the generator: it runs in MSBuild before the compiler, where file IO is its job.
#pragma warning disable RS1035

namespace CorpusGen.Tasks;

/// <summary>What CorpusGen's MSBuild tasks share: MSBuild's side of a task, its messages, and how it writes files.</summary>
public abstract class CorpusGenTask : ITask
{
    public IBuildEngine? BuildEngine { get; set; }

    public ITaskHost? HostObject { get; set; }

    public abstract bool Execute();

    /// <summary>An error or warning with its code, at a file's line and column (0 for none).</summary>
    protected void Log(bool error, string code, string? file, int line, int column, string message)
    {
        if (error)
        {
            BuildEngine?.LogErrorEvent(new BuildErrorEventArgs(null, code, file, line, column, 0, 0, message, null, "CorpusGen"));
        }
        else
        {
            BuildEngine?.LogWarningEvent(new BuildWarningEventArgs(null, code, file, line, column, 0, 0, message, null, "CorpusGen"));
        }
    }

    /// <summary>Writes the file unless it already holds these bytes: an unchanged file keeps its time stamp, so what depends on it is not built again.</summary>
    protected static void WriteIfChanged(string path, byte[] bytes)
    {
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, bytes);
    }
}
