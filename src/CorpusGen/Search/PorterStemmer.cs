namespace CorpusGen.Search;

/// <summary>
/// M. F. Porter's suffix-stripping algorithm (Program 14, 1980) for lower-case English words, with the departures
/// Lucene's PorterStemFilter makes: words of one or two letters are left alone, "bli" becomes "ble" (the paper's
/// "abli" to "able") and "logi" becomes "log". Any character other than a to z counts as a consonant.
/// </summary>
internal static class PorterStemmer
{
    /// <summary>Stems <paramref name="word"/>[0, <paramref name="length"/>) in place; returns the stem's length.</summary>
    public static int Stem(char[] word, int length)
    {
        if (length <= 2)
        {
            return length;
        }

        var stem = new Word(word, length);
        stem.Step1();
        stem.Step2();
        stem.Step3();
        stem.Step4();
        stem.Step5();
        return stem.Length;
    }

    // The word b[0, k] (k is the last letter's index, as in the paper's description) and j, where the stem before
    // the last suffix tested ends.
    private struct Word
    {
        private readonly char[] _b;
        private int _k;
        private int _j;

        public Word(char[] b, int length)
        {
            _b = b;
            _k = length - 1;
            _j = 0;
        }

        public int Length => _k + 1;

        private bool IsConsonant(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        // m, the number of vowel-consonant sequences in b[0, j]: [C](VC)^m[V].
        private int Measure()
        {
            var (n, i) = (0, 0);
            while (i <= _j && IsConsonant(i))
            {
                i++;
            }

            while (i <= _j)
            {
                while (i <= _j && !IsConsonant(i))
                {
                    i++;
                }

                if (i > _j)
                {
                    break;
                }

                n++;
                while (i <= _j && IsConsonant(i))
                {
                    i++;
                }
            }

            return n;
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= _j; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private bool DoubleConsonant(int i) => i >= 1 && _b[i] == _b[i - 1] && IsConsonant(i);

        // Consonant, vowel, consonant ending at i, the last not w, x or y: "hop" but not "snow" or "box".
        private bool ConsonantVowelConsonant(int i) =>
            i >= 2 && IsConsonant(i) && !IsConsonant(i - 1) && IsConsonant(i - 2) && _b[i] is not ('w' or 'x' or 'y');

        private bool EndsWith(string suffix)
        {
            if (suffix.Length > _k + 1)
            {
                return false;
            }

            var start = _k - suffix.Length + 1;
            for (var i = 0; i < suffix.Length; i++)
            {
                if (_b[start + i] != suffix[i])
                {
                    return false;
                }
            }

            _j = start - 1;
            return true;
        }

        // Replaces the suffix after j with the replacement.
        private void SetTo(string replacement)
        {
            for (var i = 0; i < replacement.Length; i++)
            {
                _b[_j + 1 + i] = replacement[i];
            }

            _k = _j + replacement.Length;
        }

        private void ReplaceIfMeasured(string replacement)
        {
            if (Measure() > 0)
            {
                SetTo(replacement);
            }
        }

        // Plurals and -ed or -ing: caresses to caress, ponies to poni, feed stays, agreed to agree, plastered to
        // plaster, motoring to motor, hopping to hop, filing to file; then y to i after a vowel: happy to happi.
        public void Step1()
        {
            if (_b[_k] == 's')
            {
                if (EndsWith("sses"))
                {
                    _k -= 2;
                }
                else if (EndsWith("ies"))
                {
                    SetTo("i");
                }
                else if (_b[_k - 1] != 's')
                {
                    _k--;
                }
            }

            if (EndsWith("eed"))
            {
                if (Measure() > 0)
                {
                    _k--;
                }
            }
            else if ((EndsWith("ed") || EndsWith("ing")) && VowelInStem())
            {
                _k = _j;
                if (EndsWith("at"))
                {
                    SetTo("ate");
                }
                else if (EndsWith("bl"))
                {
                    SetTo("ble");
                }
                else if (EndsWith("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleConsonant(_k))
                {
                    if (_b[_k] is not ('l' or 's' or 'z'))
                    {
                        _k--;
                    }
                }
                else
                {
                    _j = _k;
                    if (Measure() == 1 && ConsonantVowelConsonant(_k))
                    {
                        SetTo("e");
                    }
                }
            }

            if (EndsWith("y") && VowelInStem())
            {
                _b[_k] = 'i';
            }
        }

        // Double suffixes to single ones when the stem has a measure: relational to relate, conditional to condition.
        public void Step2()
        {
            if (_k == 0)
            {
                return;
            }

            switch (_b[_k - 1])
            {
                case 'a':
                    if (EndsWith("ational")) { ReplaceIfMeasured("ate"); }
                    else if (EndsWith("tional")) { ReplaceIfMeasured("tion"); }
                    break;
                case 'c':
                    if (EndsWith("enci")) { ReplaceIfMeasured("ence"); }
                    else if (EndsWith("anci")) { ReplaceIfMeasured("ance"); }
                    break;
                case 'e':
                    if (EndsWith("izer")) { ReplaceIfMeasured("ize"); }
                    break;
                case 'l':
                    if (EndsWith("bli")) { ReplaceIfMeasured("ble"); }
                    else if (EndsWith("alli")) { ReplaceIfMeasured("al"); }
                    else if (EndsWith("entli")) { ReplaceIfMeasured("ent"); }
                    else if (EndsWith("eli")) { ReplaceIfMeasured("e"); }
                    else if (EndsWith("ousli")) { ReplaceIfMeasured("ous"); }
                    break;
                case 'o':
                    if (EndsWith("ization")) { ReplaceIfMeasured("ize"); }
                    else if (EndsWith("ation")) { ReplaceIfMeasured("ate"); }
                    else if (EndsWith("ator")) { ReplaceIfMeasured("ate"); }
                    break;
                case 's':
                    if (EndsWith("alism")) { ReplaceIfMeasured("al"); }
                    else if (EndsWith("iveness")) { ReplaceIfMeasured("ive"); }
                    else if (EndsWith("fulness")) { ReplaceIfMeasured("ful"); }
                    else if (EndsWith("ousness")) { ReplaceIfMeasured("ous"); }
                    break;
                case 't':
                    if (EndsWith("aliti")) { ReplaceIfMeasured("al"); }
                    else if (EndsWith("iviti")) { ReplaceIfMeasured("ive"); }
                    else if (EndsWith("biliti")) { ReplaceIfMeasured("ble"); }
                    break;
                case 'g':
                    if (EndsWith("logi")) { ReplaceIfMeasured("log"); }
                    break;
            }
        }

        // -ic-, -full, -ness and the like: triplicate to triplic, hopeful to hope, goodness to good.
        public void Step3()
        {
            switch (_b[_k])
            {
                case 'e':
                    if (EndsWith("icate")) { ReplaceIfMeasured("ic"); }
                    else if (EndsWith("ative")) { ReplaceIfMeasured(""); }
                    else if (EndsWith("alize")) { ReplaceIfMeasured("al"); }
                    break;
                case 'i':
                    if (EndsWith("iciti")) { ReplaceIfMeasured("ic"); }
                    break;
                case 'l':
                    if (EndsWith("ical")) { ReplaceIfMeasured("ic"); }
                    else if (EndsWith("ful")) { ReplaceIfMeasured(""); }
                    break;
                case 's':
                    if (EndsWith("ness")) { ReplaceIfMeasured(""); }
                    break;
            }
        }

        // -ant, -ence and the like, when the stem's measure is above 1: revival to reviv, adoption to adopt.
        public void Step4()
        {
            if (_k == 0)
            {
                return;
            }

            var found = _b[_k - 1] switch
            {
                'a' => EndsWith("al"),
                'c' => EndsWith("ance") || EndsWith("ence"),
                'e' => EndsWith("er"),
                'i' => EndsWith("ic"),
                'l' => EndsWith("able") || EndsWith("ible"),
                'n' => EndsWith("ant") || EndsWith("ement") || EndsWith("ment") || EndsWith("ent"),
                'o' => (EndsWith("ion") && _j >= 0 && _b[_j] is 's' or 't') || EndsWith("ou"),
                's' => EndsWith("ism"),
                't' => EndsWith("ate") || EndsWith("iti"),
                'u' => EndsWith("ous"),
                'v' => EndsWith("ive"),
                'z' => EndsWith("ize"),
                _ => false,
            };

            if (found && Measure() > 1)
            {
                _k = _j;
            }
        }

        // A final e after a long stem (probate to probat, rate stays) and a final double l (controll to control).
        public void Step5()
        {
            _j = _k;
            if (_b[_k] == 'e')
            {
                var measure = Measure();
                if (measure > 1 || (measure == 1 && !ConsonantVowelConsonant(_k - 1)))
                {
                    _k--;
                }
            }

            if (_b[_k] == 'l' && DoubleConsonant(_k) && Measure() > 1)
            {
                _k--;
            }
        }
    }
}
