using System;
using System.Collections.Generic;

namespace CorpusGen.Text;

/// <summary>Article file paths compared as the same file however MSBuild and the compiler spell them.</summary>
public static class ArticlePaths
{
    // The compiler and MSBuild may spell one path differently: separators, '.' and '..' segments. And a path with
    // a lone surrogate comes back from the UTF-8 list with U+FFFD in its place.
    public static string Normalize(string path)
    {
        var forward = UnicodeText.ReplaceLoneSurrogates(path.Replace('\\', '/'));
        if (forward.IndexOf("/.", StringComparison.Ordinal) < 0)
        {
            return forward;
        }

        var segments = new List<string>();
        foreach (var segment in forward.Split('/'))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 1)
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return string.Join("/", segments);
    }
}
