using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusGen.Model;

namespace CorpusGen.Diagnostics;

/// <summary>
/// The assembly's user-string heap, where string constants go: the compiler stops with CS8103 past it, without
/// saying what filled it, so the generator checks what its shard tables take of it.
/// </summary>
public static class UserStringHeap
{
    /// <summary>What the metadata format lets the heap hold: offsets of 24 bits.</summary>
    public const long Limit = (1 << 24) - 1;

    // 2^20 bytes, so that the heap is the 16 MB the docs name.
    private const double Megabyte = 1 << 20;

    /// <summary>The error that the shard files' tables pass the heap, or none.</summary>
    /// <param name="limit">The heap's size; smaller only to test.</param>
    public static EquatableArray<DiagnosticInfo> Problems(IReadOnlyList<GeneratedFile?> shardFiles, long limit = Limit)
    {
        var bytes = shardFiles.Sum(file => (long)(file?.UserStringBytes ?? 0));
        return bytes <= limit
            ? EquatableArray<DiagnosticInfo>.Empty
            : new EquatableArray<DiagnosticInfo>([DiagnosticInfo.Create(
                DiagnosticDescriptors.UserStringHeapFull,
                null,
                (bytes / Megabyte).ToString("F1", CultureInfo.InvariantCulture),
                (limit / Megabyte).ToString("F1", CultureInfo.InvariantCulture))]);
    }
}
