using System.Globalization;

namespace CorpusGen.Text;

/// <summary>
/// What an article's file name says: <c>NNN_hexid.txt</c> gives the ordinal NNN and the id; any other name gives
/// its stem as the id and no ordinal.
/// </summary>
public readonly record struct ArticleFileName(string FileName, string Stem, string Id, int? Ordinal)
{
    public static ArticleFileName FromPath(string path)
    {
        var fileName = path.Substring(path.LastIndexOfAny(['/', '\\']) + 1);
        var dot = fileName.LastIndexOf('.');
        var stem = dot > 0 ? fileName.Substring(0, dot) : fileName;

        var underscore = stem.IndexOf('_');
        if (underscore > 0
            && IsAll(stem, 0, underscore, IsDecimalDigit)
            && underscore + 1 < stem.Length
            && IsAll(stem, underscore + 1, stem.Length, IsHexDigit)
            && int.TryParse(stem.Substring(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal))
        {
            return new ArticleFileName(fileName, stem, stem.Substring(underscore + 1), ordinal);
        }

        return new ArticleFileName(fileName, stem, stem, null);
    }

    private static bool IsAll(string text, int start, int end, System.Func<char, bool> predicate)
    {
        for (var i = start; i < end; i++)
        {
            if (!predicate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDecimalDigit(char c) => c is >= '0' and <= '9';

    private static bool IsHexDigit(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');
}
