namespace CorpusGen.Emit;

internal static class ThisAssembly
{
    /// <summary>The generator's version, stamped on generated types.</summary>
    public static readonly string Version =
        typeof(ThisAssembly).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
