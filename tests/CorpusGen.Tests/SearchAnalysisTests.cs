using System.Globalization;
using System.Text;
using CorpusGen.Search;
using ArabicStemmer = CorpusGen.Search.ArabicStemmer;
using PorterStemmer = CorpusGen.Search.PorterStemmer;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace CorpusGen.Tests;

/// <summary>
/// The search analysis, rule by rule, and against Lucene.Net's own filters and analyzers: token for token, with
/// the same positions and offsets, wherever the documented departures do not apply.
/// </summary>
public class SearchAnalysisTests
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    [Fact]
    public void The_stop_words_are_Lucenes_default_lists_word_for_word()
    {
        var arabic = ArabicAnalyzer.DefaultStopSet.Cast<object>().Select(word => word as string ?? new string((char[])word)).ToList();
        var english = EnglishAnalyzer.DefaultStopSet.Cast<object>().Select(word => word as string ?? new string((char[])word)).ToList();

        Assert.Equal(119, arabic.Count);
        Assert.Equal(33, english.Count);
        Assert.All(arabic, word => Assert.True(StopWords.IsArabic(word), word));
        Assert.All(english, word => Assert.True(StopWords.IsEnglish(word), word));
        Assert.All(["امن", "الوطني", "", " ", "في ", "أ أ"], word => Assert.False(StopWords.IsArabic(word), word));
        Assert.All(["security", "The", "", "a an"], word => Assert.False(StopWords.IsEnglish(word), word));
    }

    [Theory]
    // Arabic: one term for the spellings with and without the article, hamza and tashkeel.
    [InlineData("أمن", "امن")]
    [InlineData("الأمن", "امن")]
    [InlineData("امن", "امن")]
    [InlineData("الأَمن", "امن")]
    [InlineData("الأمـــن", "امن")]
    [InlineData("وبالأمن", "بالامن")]
    [InlineData("الوطني", "وطن")]
    [InlineData("المدرسة", "مدرس")]
    [InlineData("مستشفى", "مستشف")]
    [InlineData("الآن", "")]
    [InlineData("في", "")]
    [InlineData("فِي", "في")]
    [InlineData("ولد", "ولد")]
    [InlineData("وكتب", "كتب")]
    [InlineData("وله", "ول")]
    [InlineData("كتابات", "كتاب")]
    [InlineData("إيلاف", "ايلاف")]
    // Latin: possessive, case, diacritics, stop words, Porter.
    [InlineData("Security's", "secur")]
    [InlineData("security", "secur")]
    [InlineData("SECURITY’S", "secur")]
    [InlineData("café", "cafe")]
    [InlineData("Straße", "strass")]
    [InlineData("The", "")]
    [InlineData("thé", "")]
    [InlineData("running", "run")]
    [InlineData("ponies", "poni")]
    [InlineData("as", "")]
    [InlineData("is", "")]
    [InlineData("us", "us")]
    // Numbers and digits.
    [InlineData("٢٠٢٥", "2025")]
    [InlineData("۱۲", "12")]
    [InlineData("2.5", "2.5")]
    [InlineData("1,750", "1,750")]
    [InlineData("١٬٧٥٠", "1٬750")]
    [InlineData("Ω", "ω")]
    public void A_word_gives_its_term(string word, string term) =>
        Assert.Equal(term, string.Join(" ", SearchAnalyzer.Analyze(word).Select(found => found.Text)));

    [Theory]
    [InlineData("U.S. economy", "u.|economi")]
    [InlineData("don't stop", "don't|stop")]
    [InlineData("e-mail", "e|mail")]
    [InlineData("Jones' car", "jone|car")]
    [InlineData("(القاهرة)", "قاهر")]
    [InlineData("الرباط: يجري", "رباط|يجر")]
    [InlineData("مصر،تونس", "مصر|تونس")]
    [InlineData("٣،٥", "3،5")]
    [InlineData("a:b c.", "a:b|c")]
    [InlineData("snake_case", "snake_cas")]
    [InlineData("abc123 ٤٥x", "abc123|45x")]
    [InlineData("东京大学", "东|京|大|学")]
    [InlineData("Ünïcödé", "unicod")]
    [InlineData("!!! ... ،،", "")]
    [InlineData("", "")]
    public void Tokens_end_at_white_space_and_punctuation_but_inside_words_and_numbers(string text, string terms) =>
        Assert.Equal(terms, string.Join("|", SearchAnalyzer.Analyze(text).Select(found => found.Text)));

    [Fact]
    public void Stop_words_and_skipped_tokens_keep_their_positions_and_offsets_point_into_the_text()
    {
        var text = "the cat in " + new string('x', 256) + " هو الرجل";
        var terms = SearchAnalyzer.Analyze(text);

        Assert.Equal(["cat", "رجل"], terms.Select(term => term.Text));
        Assert.Equal([1, 5], terms.Select(term => term.Position));
        Assert.Equal(["cat", "الرجل"], terms.Select(term => text[term.Start..term.End]));
    }

    [Fact]
    public void Lower_case_is_the_invariant_lower_case_of_every_character()
    {
        var differing = Enumerable.Range(0, char.MaxValue + 1).Select(code => (char)code)
            .Where(c => SearchAnalyzer.LowerCase(c) != char.ToLowerInvariant(c))
            .Select(c => $"U+{(int)c:X4}")
            .ToList();

        Assert.Empty(differing);
    }

    [Fact]
    public void A_token_of_255_characters_is_a_term_and_one_of_256_is_not()
    {
        Assert.Single(SearchAnalyzer.Analyze(new string('q', 255)));
        Assert.Empty(SearchAnalyzer.Analyze(new string('q', 256)));
    }

    [Fact]
    public void Porter_stemming_agrees_with_Lucene_on_generated_words()
    {
        var words = EnglishLikeWords(20_000);

        var lucene = LuceneTerms(new PorterStemFilter(Whitespace(words)));
        var ours = words.Select(word =>
        {
            var buffer = word.ToCharArray();
            return new string(buffer, 0, PorterStemmer.Stem(buffer, buffer.Length));
        }).ToList();

        AssertAgree(words, lucene.Select(term => term.Text).ToList(), ours);
    }

    [Fact]
    public void Arabic_normalization_and_stemming_agree_with_Lucene_on_generated_words()
    {
        var words = ArabicLikeWords(20_000);

        var lucene = LuceneTerms(new ArabicStemFilter(new ArabicNormalizationFilter(Whitespace(words))));
        var ours = words.Select(word =>
        {
            var buffer = word.ToCharArray();
            return new string(buffer, 0, ArabicStemmer.Stem(buffer, ArabicStemmer.Normalize(buffer, buffer.Length)));
        }).ToList();

        AssertAgree(words, lucene.Select(term => term.Text).ToList(), ours);
    }

    [Fact]
    public void Normalization_removes_the_tashkeel_Lucene_keeps()
    {
        // U+0653 to U+065F (maddah, hamza above and below, ...) and the superscript alef are tashkeel too.
        var buffer = "ك\u0653ت\u0654ا\u0655ب\u065F\u0670".ToCharArray();
        Assert.Equal("كتاب", new string(buffer, 0, ArabicStemmer.Normalize(buffer, buffer.Length)));
    }

    [Fact]
    public void The_seed_analyzes_as_Lucenes_ArabicAnalyzer_does()
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "corpus", "000_801cc98336fcfd6a.txt"));
        var text = seed[(seed.IndexOf('\n') + 1)..];

        AssertSameTerms(text, new ArabicAnalyzer(Version));
    }

    [Fact]
    public void Arabic_news_text_analyzes_as_Lucenes_ArabicAnalyzer_does()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 40).Select(SyntheticArabicParagraph));

        AssertSameTerms(text, new ArabicAnalyzer(Version));
    }

    [Fact]
    public void English_news_text_analyzes_as_Lucenes_EnglishAnalyzer_does()
    {
        const string text = """
            WASHINGTON, March 3 (Reuters) - The U.S. Senate's committee voted 12-9 on Tuesday to advance the nominee's
            confirmation, sending it to the full chamber. "We're ready," said Sen. O'Neil, whose staff had prepared
            2.5 million pages. Officials at the Department of Homeland Security's offices declined to comment; the
            agency's budget rose 1,750 percent over the decade, according to figures released in 2024.

            Analysts said the decision wasn't surprising. Ponies, caresses, relational, conditional, hopefully,
            generalizations and the authorities' responses were listed among 300 items in the report's appendix.
            """;

        AssertSameTerms(text, new EnglishAnalyzer(Version));
    }

    [Fact]
    public void Latin_letters_fold_to_the_base_letter_their_decomposition_starts_with()
    {
        var spelledOut = new Dictionary<char, string> { ['ß'] = "ss", ['æ'] = "ae", ['þ'] = "th", ['ĳ'] = "ij", ['œ'] = "oe" };
        var noDecomposition = new Dictionary<char, char>
        {
            ['ð'] = 'd', ['ø'] = 'o', ['đ'] = 'd', ['ħ'] = 'h', ['ı'] = 'i', ['ĸ'] = 'k', ['ŀ'] = 'l', ['ł'] = 'l',
            ['ŉ'] = 'n', ['ŋ'] = 'n', ['ŧ'] = 't', ['ſ'] = 's',
        };
        var checkedLetters = 0;
        for (var c = '\u00DF'; c <= '\u017F'; c++)
        {
            if (!char.IsLower(c))
            {
                continue;
            }

            var expected = spelledOut.TryGetValue(c, out var spelled) ? spelled
                : noDecomposition.TryGetValue(c, out var letter) ? letter.ToString()
                : c.ToString().Normalize(NormalizationForm.FormD)[..1];
            // A Latin word around the letter, so that it is analyzed as Latin, and a consonant after it that no
            // stemming step removes.
            Assert.Equal("q" + expected + "q", SearchAnalyzer.Analyze("q" + c + "q").Single().Text);
            checkedLetters++;
        }

        Assert.True(checkedLetters > 90, $"only {checkedLetters} letters were checked");
    }

    private static void AssertSameTerms(string text, Analyzer analyzer)
    {
        var lucene = LuceneTerms(analyzer.GetTokenStream("text", new StringReader(text)));
        var ours = SearchAnalyzer.Analyze(text);

        Assert.True(lucene.Count > 30, $"only {lucene.Count} terms");
        Assert.Equal(lucene.Select(Describe), ours.Select(Describe));
    }

    private static string Describe(SearchTerm term) => $"{term.Text} @{term.Position} [{term.Start},{term.End})";

    private static void AssertAgree(IReadOnlyList<string> words, IReadOnlyList<string> lucene, IReadOnlyList<string> ours)
    {
        Assert.Equal(words.Count, lucene.Count);
        var differences = words.Select((word, i) => (word, lucene: lucene[i], ours: ours[i]))
            .Where(row => row.lucene != row.ours)
            .Select(row => $"{row.word}: Lucene {row.lucene}, ours {row.ours}")
            .ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} of {words.Count} differ, e.g.\n" + string.Join("\n", differences.Take(20)));
    }

    private static Tokenizer Whitespace(IEnumerable<string> words) =>
        new WhitespaceTokenizer(Version, new StringReader(string.Join(" ", words)));

    private static List<SearchTerm> LuceneTerms(TokenStream stream)
    {
        var terms = new List<SearchTerm>();
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add(new SearchTerm(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        stream.Dispose();
        return terms;
    }

    // Stems of consonants and vowels (y too) with the suffixes every Porter step looks for, and doubled letters.
    private static List<string> EnglishLikeWords(int count)
    {
        string[] suffixes =
        [
            "", "s", "ss", "sses", "ies", "ed", "eed", "ing", "at", "bl", "iz", "y", "ational", "tional", "enci", "anci",
            "izer", "bli", "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness",
            "ousness", "aliti", "iviti", "biliti", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness",
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "sion", "tion", "ion", "ou",
            "ism", "ate", "iti", "ous", "ive", "ize", "e", "ll", "le", "ated", "ating", "izing", "ies", "ying", "ly",
        ];
        const string consonants = "bcdfghjklmnpqrstvwxyz";
        const string vowels = "aeiouy";
        var random = new Random(1980);
        var words = new List<string>(count);
        while (words.Count < count)
        {
            var stem = new StringBuilder();
            var length = random.Next(1, 8);
            for (var i = 0; i < length; i++)
            {
                var letters = random.Next(2) == 0 ? consonants : vowels;
                var letter = letters[random.Next(letters.Length)];
                stem.Append(letter);
                if (random.Next(8) == 0)
                {
                    stem.Append(letter);
                }
            }

            words.Add(stem + suffixes[random.Next(suffixes.Length)] + (random.Next(6) == 0 ? suffixes[random.Next(suffixes.Length)] : ""));
        }

        return words;
    }

    // Arabic letters with the prefixes and suffixes the stemmer strips, hamza and madda forms, and Lucene's tashkeel.
    private static List<string> ArabicLikeWords(int count)
    {
        string[] prefixes = ["", "", "ال", "وال", "بال", "كال", "فال", "لل", "و", "ب", "ف"];
        string[] suffixes = ["", "", "ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي", "ى", "تها", "يات"];
        const string letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإىة\u0640";
        const string tashkeel = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652";
        var random = new Random(2005);
        var words = new List<string>(count);
        while (words.Count < count)
        {
            var word = new StringBuilder(prefixes[random.Next(prefixes.Length)]);
            var length = random.Next(0, 6);
            for (var i = 0; i < length; i++)
            {
                word.Append(letters[random.Next(letters.Length)]);
                if (random.Next(5) == 0)
                {
                    word.Append(tashkeel[random.Next(tashkeel.Length)]);
                }
            }

            word.Append(suffixes[random.Next(suffixes.Length)]);
            if (word.Length > 0)
            {
                words.Add(word.ToString());
            }
        }

        return words;
    }

    private static string SyntheticArabicParagraph(int seed)
    {
        string[] words =
        [
            "القاهرة", "(رويترز)", "-", "قال", "وزير", "الخارجية", "المصري،", "إن", "الحكومة", "ستعقد", "اجتماعاً",
            "مع", "الوفد", "الأمريكي", "في", "الأسبوع", "المقبل.", "وأضاف", "أن", "المحادثات", "تناولت", "الأمن",
            "الإقليمي", "والتعاون", "الاقتصادي،", "مشيراً", "إلى", "أن", "الطرفين", "اتفقا", "على", "مواصلة",
            "المشاورات.", "«نحن", "مستعدون»،", "هكذا", "قال", "المتحدث", "باسم", "الرئاسة:", "الخطة", "تشمل", "2025",
            "مشروعاً", "بقيمة", "1.5", "مليار", "دولار", "للمدارس", "والمستشفيات", "الجديدة؛", "وستبدأ", "خلال",
            "شهرين", "اثنين", "فقط!", "الأَمن", "الوَطني", "مُهمّ", "جداً", "للمواطنين", "كافة", "؟",
        ];
        var random = new Random(seed);
        return string.Join(" ", Enumerable.Range(0, 30 + random.Next(30)).Select(_ => words[random.Next(words.Length)]));
    }
}
