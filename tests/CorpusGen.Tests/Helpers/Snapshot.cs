using System.Runtime.CompilerServices;
using System.Text;

namespace CorpusGen.Tests.Helpers;

/// <summary>
/// Snapshot assertions with Verify's conventions: the approved text lives in
/// <c>Snapshots/{TestClass}.{TestMethod}#{name}.verified.{ext}</c> next to the tests; on a mismatch the actual text
/// is written beside it as <c>.received.{ext}</c> and the test fails with a line diff. Set
/// <c>VERIFY_AUTOVERIFY=1</c> to accept the received text instead.
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, string name, string extension = "cs", [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var stem = $"{Path.GetFileNameWithoutExtension(testFile)}.{testMethod}#{name}";
        var verifiedPath = Path.Combine(directory, $"{stem}.verified.{extension}");
        var receivedPath = Path.Combine(directory, $"{stem}.received.{extension}");
        actual = actual.ReplaceLineEndings("\n");

        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath, Encoding.UTF8).ReplaceLineEndings("\n") : null;
        if (verified == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable("VERIFY_AUTOVERIFY") is "1" or "true")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Assert.Fail(verified is null
            ? $"No approved snapshot {verifiedPath}. Review {receivedPath} and rename it to .verified.{extension}, or run with VERIFY_AUTOVERIFY=1."
            : $"{verifiedPath} does not match (received: {receivedPath}):{Environment.NewLine}{LineDiff.Describe(verified, actual)}");
    }
}

/// <summary>A short, readable description of how two texts differ, line by line.</summary>
internal static class LineDiff
{
    private const int MaxLinesShown = 20;

    public static string Describe(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var report = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length) && shown < MaxLinesShown; i++)
        {
            var before = i < expectedLines.Length ? expectedLines[i] : null;
            var after = i < actualLines.Length ? actualLines[i] : null;
            if (before == after)
            {
                continue;
            }

            shown++;
            report.AppendLine($"line {i + 1}:");
            report.AppendLine(before is null ? "  - (none)" : "  - " + before);
            report.AppendLine(after is null ? "  + (none)" : "  + " + after);
        }

        return report.ToString();
    }
}
