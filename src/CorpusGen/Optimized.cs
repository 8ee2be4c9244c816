using System.Runtime.CompilerServices;

namespace CorpusGen;

/// <summary>
/// The compiler loads the generator into a fresh process for each build, where a method starts as unoptimized code
/// and is recompiled only after many calls: the loops over every character of the corpus ask to be optimized from
/// the first call (<c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name).
/// </summary>
internal static class Optimized
{
    public const MethodImplOptions FromFirstCall = (MethodImplOptions)512;
}
