namespace CorpusGen.Search;

/// <summary>
/// Arabic orthographic normalization and light stemming, the rules of Lucene's ArabicNormalizer and ArabicStemmer
/// (Larkey, Ballesteros and Connell's light10, "Light Stemming for Arabic Information Retrieval", 2005).
/// </summary>
internal static class ArabicStemmer
{
    // Tried in this order; the first that fits is removed, and only one.
    private static readonly string[] Prefixes = new[] { "\u0627\u0644", "\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644", "\u0644\u0644", "\u0648" };

    // Each tried once, in this order; every one that fits is removed.
    private static readonly string[] Suffixes = new[] { "\u0647\u0627", "\u0627\u0646", "\u0627\u062A", "\u0648\u0646", "\u064A\u0646", "\u064A\u0647", "\u064A\u0629", "\u0647", "\u0629", "\u064A" };

    /// <summary>
    /// Normalizes <paramref name="word"/>[0, <paramref name="length"/>) in place; returns the new length. Removes the
    /// tatweel (U+0640), the tashkeel (U+064B to U+065F) and the superscript alef (U+0670); writes alef with madda
    /// or hamza (آ أ إ) as alef (ا), alef maksura (ى) as yeh (ي) and teh marbuta (ة) as heh (ه).
    /// </summary>
    public static int Normalize(char[] word, int length)
    {
        var kept = 0;
        for (var i = 0; i < length; i++)
        {
            var c = word[i];
            switch (c)
            {
                case '\u0640':
                case >= '\u064B' and <= '\u065F':
                case '\u0670':
                    continue;
                case '\u0622' or '\u0623' or '\u0625':
                    c = '\u0627';
                    break;
                case '\u0649':
                    c = '\u064A';
                    break;
                case '\u0629':
                    c = '\u0647';
                    break;
            }

            word[kept++] = c;
        }

        return kept;
    }

    /// <summary>
    /// Strips one prefix (ال وال بال كال فال لل و), then each suffix that fits (ها ان ات ون ين يه ية ه ة ي), always
    /// leaving at least two letters, and three after the one-letter prefix و. Returns the stem's length; the
    /// stem starts where the prefix ended, so it is copied to the start of <paramref name="word"/>.
    /// </summary>
    public static int Stem(char[] word, int length)
    {
        var start = 0;
        foreach (var prefix in Prefixes)
        {
            if ((prefix.Length > 1 || length >= 4) && length >= prefix.Length + 2 && HasAt(word, 0, prefix))
            {
                start = prefix.Length;
                break;
            }
        }

        var end = length;
        foreach (var suffix in Suffixes)
        {
            if (end - start >= suffix.Length + 2 && HasAt(word, end - suffix.Length, suffix))
            {
                end -= suffix.Length;
            }
        }

        global::System.Array.Copy(word, start, word, 0, end - start);
        return end - start;
    }

    private static bool HasAt(char[] word, int at, string part)
    {
        for (var i = 0; i < part.Length; i++)
        {
            if (word[at + i] != part[i])
            {
                return false;
            }
        }

        return true;
    }
}
