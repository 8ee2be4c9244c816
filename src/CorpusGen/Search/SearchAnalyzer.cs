namespace CorpusGen.Search;

/// <summary>
/// Turns text into search terms, the same way for an article at build time and for a query at run time.
/// <list type="number">
/// <item>Tokens: runs of letters (with their combining marks) and digits, as Unicode's word boundaries (UAX #29)
/// and Lucene's StandardTokenizer cut them. White space and punctuation end a token, except a full stop, an
/// apostrophe or a colon between two letters (<c>U.S</c>, <c>don't</c>), and a full stop, comma, semicolon or
/// Arabic comma between two digits (<c>2.5</c>, <c>1,750</c>). A Han ideograph or a hiragana is a token of its
/// own. A token longer than 255 characters is skipped.</item>
/// <item>Each token by its script. With an Arabic letter: lower case, Arabic stop words, then
/// <see cref="ArabicStemmer"/>'s normalization and light stemming (<c>الأَمن</c> and <c>الأمن</c> give
/// <c>امن</c>). Otherwise with a Latin letter: the English possessive <c>'s</c> removed, lower case, diacritics
/// removed (<c>café</c> gives <c>cafe</c>), English stop words, then <see cref="PorterStemmer"/>
/// (<c>Security's</c> gives <c>secur</c>). Any other token: lower case. In every token, Arabic-Indic digits become
/// ASCII digits (<c>٢٠٢٥</c> gives <c>2025</c>).</item>
/// <item>Positions count every token, stop words and skipped tokens included, so a phrase matches only words
/// that stand next to each other in the text.</item>
/// </list>
/// Where this differs from Lucene's ArabicAnalyzer and EnglishAnalyzer: each token is analyzed by its own script
/// (Lucene applies one language's analyzer to a whole field), digits are folded and Latin diacritics removed.
/// </summary>
internal static class SearchAnalyzer
{
    public const int MaxTokenLength = 255;

    private enum CharKind
    {
        None,
        Letter,
        Digit,
        Ideograph,
        Extend,
        Connector,
        MidLetter,
        MidNum,
        MidNumLet,
    }

    /// <summary>Adds the terms of <paramref name="text"/> to <paramref name="terms"/>.</summary>
    public static void Analyze(string text, global::System.Collections.Generic.List<SearchTerm> terms) => Analyze(text, 0, text.Length, terms);

    /// <summary>
    /// Adds the terms of <paramref name="text"/>[<paramref name="from"/>, <paramref name="to"/>) to
    /// <paramref name="terms"/>, with offsets into <paramref name="text"/>.
    /// </summary>
    // In the index task the loops over a whole corpus are compiled optimized from their first call (MSBuild starts
    // cold on every build); in a corpus's copy, where a query is short, they are not.
#if CORPUSGEN_BUILD
    [global::System.Runtime.CompilerServices.MethodImpl((global::System.Runtime.CompilerServices.MethodImplOptions)512)]
#endif
    public static void Analyze(string text, int from, int to, global::System.Collections.Generic.List<SearchTerm> terms)
    {
        var cache = t_cache ??= new TermCache();
        var (at, position) = (from, 0);
        while (NextToken(text, to, ref at, out var start))
        {
            if (at - start <= MaxTokenLength && cache.TermOf(text, start, at) is { } term)
            {
                terms.Add(new SearchTerm(term, position, start, at));
            }

            position++;
        }
    }

    // A corpus repeats its words: each thread keeps the terms of the tokens it analyzed last.
    [global::System.ThreadStatic]
    private static TermCache? t_cache;

    /// <summary>The terms of <paramref name="text"/>.</summary>
    public static global::System.Collections.Generic.List<SearchTerm> Analyze(string text)
    {
        var terms = new global::System.Collections.Generic.List<SearchTerm>();
        Analyze(text, terms);
        return terms;
    }

    /// <summary>The term of the token <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>), or null for a stop word.</summary>
#if CORPUSGEN_BUILD
    [global::System.Runtime.CompilerServices.MethodImpl((global::System.Runtime.CompilerServices.MethodImplOptions)512)]
#endif
    private static string? TermOf(string text, int start, int end, char[] buffer)
    {
        var (length, arabic, latin) = (0, false, false);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            arabic |= IsArabic(c);
            latin |= c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7');
            buffer[length++] = c switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                _ => LowerCase(c),
            };
        }

        if (arabic)
        {
            if (StopWords.IsArabic(new string(buffer, 0, length)))
            {
                return null;
            }

            length = ArabicStemmer.Stem(buffer, ArabicStemmer.Normalize(buffer, length));
        }
        else if (latin)
        {
            if (length >= 2 && buffer[length - 1] == 's' && buffer[length - 2] is '\'' or '\u2019' or '\uFF07')
            {
                length -= 2;
            }

            length = FoldDiacritics(buffer, length);
            if (StopWords.IsEnglish(new string(buffer, 0, length)))
            {
                return null;
            }

            length = PorterStemmer.Stem(buffer, length);
        }

        return length == 0 ? null : new string(buffer, 0, length);
    }

    // Tokens and their terms in an open-addressed table, hashed by the token's characters; emptied when half full.
    private sealed class TermCache
    {
        private const int Capacity = 1 << 15;
        private readonly string?[] _tokens = new string?[Capacity];
        private readonly string?[] _terms = new string?[Capacity];
        private readonly char[] _buffer = new char[MaxTokenLength + 1];
        private int _count;

#if CORPUSGEN_BUILD
        [global::System.Runtime.CompilerServices.MethodImpl((global::System.Runtime.CompilerServices.MethodImplOptions)512)]
#endif
        public string? TermOf(string text, int start, int end)
        {
            var hash = 17;
            for (var i = start; i < end; i++)
            {
                hash = (hash * 31) + text[i];
            }

            var slot = hash & (Capacity - 1);
            while (_tokens[slot] is { } token)
            {
                if (token.Length == end - start && string.CompareOrdinal(token, 0, text, start, token.Length) == 0)
                {
                    return _terms[slot];
                }

                slot = (slot + 1) & (Capacity - 1);
            }

            var term = SearchAnalyzer.TermOf(text, start, end, _buffer);
            if (_count == Capacity / 2)
            {
                global::System.Array.Clear(_tokens, 0, Capacity);
                global::System.Array.Clear(_terms, 0, Capacity);
                _count = 0;
                slot = hash & (Capacity - 1);
            }

            _tokens[slot] = text.Substring(start, end - start);
            _terms[slot] = term;
            _count++;
            return term;
        }
    }

    /// <summary>
    /// <see cref="char.ToLowerInvariant(char)"/>, answered without it for ASCII, Latin-1, Latin Extended-A and the
    /// caseless scripts from Hebrew to Myanmar (Arabic among them): the first call of that method loads ICU, which costs
    /// a fresh process about 5 ms.
    /// </summary>
    internal static char LowerCase(char c)
    {
        if (c < '\u0080')
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (c is >= '\u0590' and < '\u10A0')
        {
            return c;
        }

        if (c < '\u0100')
        {
            return c is >= '\u00C0' and <= '\u00DE' and not '\u00D7' ? (char)(c + 32) : c;
        }

        if (c < '\u0180')
        {
            // Upper case is the even letter of each pair from U+0100 to U+0137 and from U+014A to U+0177, the odd one
            // from U+0139 to U+0148 and from U+0179 to U+017E.
            if (c is (< '\u0138' or (>= '\u014A' and < '\u0178')) and not '\u0130')
            {
                return (char)(c | 1);
            }

            if (c is (>= '\u0139' and < '\u0149') or (>= '\u0179' and < '\u017F'))
            {
                return (c & 1) == 1 ? (char)(c + 1) : c;
            }
        }

        return char.ToLowerInvariant(c);
    }

    private static bool IsArabic(char c) =>
        c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
            or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    // The base letter of each lower-case letter from U+00E0 to U+017F; a letter written as two (æ, þ, ĳ, œ) keeps
    // itself here and is spelled out in FoldDiacritics.
    private const string LatinBase =
        "aaaaaa\u00E6ceeeeiiiidnooooo\u00F7ouuuuy\u00FEy" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\u0132\u0133jjkkkllllllllll" +
        "nnnnnnnnnoooooo\u0152\u0153rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    // Lower-case letters of Latin-1 and Latin Extended-A to their base letters (ß to ss, æ to ae), and combining
    // diacritical marks (U+0300 to U+036F) removed. Returns the new length, which may grow by the spelled-out letters.
    private static int FoldDiacritics(char[] word, int length)
    {
        var folded = new global::System.Text.StringBuilder(length + 4);
        var changed = false;
        for (var i = 0; i < length; i++)
        {
            var c = word[i];
            string? spelled = c switch
            {
                '\u00DF' => "ss",
                '\u00E6' => "ae",
                '\u00FE' => "th",
                '\u0133' or '\u0132' => "ij",
                '\u0153' or '\u0152' => "oe",
                _ => null,
            };
            if (spelled is not null)
            {
                folded.Append(spelled);
                changed = true;
            }
            else if (c is >= '\u0300' and <= '\u036F')
            {
                changed = true;
            }
            else if (c is >= '\u00E0' and <= '\u017F' && LatinBase[c - '\u00E0'] != c)
            {
                folded.Append(LatinBase[c - '\u00E0']);
                changed = true;
            }
            else
            {
                folded.Append(c);
            }
        }

        if (!changed || folded.Length > MaxTokenLength + 1)
        {
            return length;
        }

        folded.CopyTo(0, word, 0, folded.Length);
        return folded.Length;
    }

    // Moves at past the next token before end; false when no token is left.
#if CORPUSGEN_BUILD
    [global::System.Runtime.CompilerServices.MethodImpl((global::System.Runtime.CompilerServices.MethodImplOptions)512)]
#endif
    private static bool NextToken(string text, int end, ref int at, out int start)
    {
        var kind = CharKind.None;
        while (at < end)
        {
            kind = KindAt(text, at);
            if (kind is CharKind.Letter or CharKind.Digit or CharKind.Ideograph)
            {
                break;
            }

            at += Width(text, at);
        }

        start = at;
        if (at >= end)
        {
            return false;
        }

        at += Width(text, at);
        if (kind == CharKind.Ideograph)
        {
            SkipExtend(text, end, ref at);
            return true;
        }

        var last = kind;
        while (at < end)
        {
            var next = KindAt(text, at);
            switch (next)
            {
                case CharKind.Letter or CharKind.Digit:
                    last = next;
                    at += Width(text, at);
                    continue;
                case CharKind.Extend or CharKind.Connector:
                    at += Width(text, at);
                    continue;
                case CharKind.MidLetter or CharKind.MidNum or CharKind.MidNumLet:
                    var after = at + Width(text, at);
                    SkipExtend(text, end, ref after);
                    var following = after < end ? KindAt(text, after) : CharKind.None;
                    var joins = (last, following) switch
                    {
                        (CharKind.Letter, CharKind.Letter) => next != CharKind.MidNum,
                        (CharKind.Digit, CharKind.Digit) => next != CharKind.MidLetter,
                        _ => false,
                    };
                    if (!joins)
                    {
                        return true;
                    }

                    at = after;
                    continue;
                default:
                    return true;
            }
        }

        return true;
    }

    private static void SkipExtend(string text, int end, ref int at)
    {
        while (at < end && KindAt(text, at) == CharKind.Extend)
        {
            at += Width(text, at);
        }
    }

    private static int Width(string text, int at) =>
        char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]) ? 2 : 1;

    private static CharKind KindAt(string text, int at)
    {
        var c = text[at];
        switch (c)
        {
            case (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'):
                return CharKind.Letter;
            case >= '0' and <= '9':
                return CharKind.Digit;
            case ':' or '\u00B7' or '\u0387' or '\u05F4' or '\u2027' or '\uFE13' or '\uFE55' or '\uFF1A':
                return CharKind.MidLetter;
            case ',' or ';' or '\u037E' or '\u0589' or '\u060C' or '\u060D' or '\u066C' or '\u07F8' or '\u2044' or '\uFE10' or '\uFE14' or '\uFE50' or '\uFE54' or '\uFF0C' or '\uFF1B':
                return CharKind.MidNum;
            case '.' or '\'' or '\u2018' or '\u2019' or '\u2024' or '\uFE52' or '\uFF07' or '\uFF0E':
                return CharKind.MidNumLet;
            case < '\u0080':
                return c == '_' ? CharKind.Connector : CharKind.None;
        }

        var codePoint = Width(text, at) == 2 ? char.ConvertToUtf32(c, text[at + 1]) : c;
        if (codePoint is (>= 0x3040 and <= 0x309F) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F))
        {
            return CharKind.Ideograph;
        }

        var category = codePoint > 0xFFFF
            ? char.GetUnicodeCategory(text, at)
            : char.GetUnicodeCategory(c);
        return category switch
        {
            global::System.Globalization.UnicodeCategory.UppercaseLetter
                or global::System.Globalization.UnicodeCategory.LowercaseLetter
                or global::System.Globalization.UnicodeCategory.TitlecaseLetter
                or global::System.Globalization.UnicodeCategory.ModifierLetter
                or global::System.Globalization.UnicodeCategory.OtherLetter => CharKind.Letter,
            global::System.Globalization.UnicodeCategory.DecimalDigitNumber => CharKind.Digit,
            global::System.Globalization.UnicodeCategory.NonSpacingMark
                or global::System.Globalization.UnicodeCategory.SpacingCombiningMark
                or global::System.Globalization.UnicodeCategory.EnclosingMark
                or global::System.Globalization.UnicodeCategory.Format => CharKind.Extend,
            global::System.Globalization.UnicodeCategory.ConnectorPunctuation => CharKind.Connector,
            _ => CharKind.None,
        };
    }
}
