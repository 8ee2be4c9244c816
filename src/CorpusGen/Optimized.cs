using System.Runtime.CompilerServices;

namespace CorpusGen;

/// <summary>
/// A compiler process that loads the generator (a build without the compiler server, or a new server) starts each
/// method as unoptimized code and recompiles it only after many calls: the loops over every character of the
/// corpus ask to be optimized from the first call (<c>MethodImplOptions.AggressiveOptimization</c>, which
/// netstandard2.0 does not name).
/// </summary>
internal static class Optimized
{
    public const MethodImplOptions FromFirstCall = (MethodImplOptions)512;
}
