namespace CorpusGen.Search;

/// <summary>
/// Words too common to search for: they take a position in the text but leave no term. The lists are data, Apache
/// Lucene 4.8's defaults: ArabicAnalyzer's <c>stopwords.txt</c> (119 words by Jacques Savoy, BSD license, matched
/// before normalization, so it holds spelling variants) and EnglishAnalyzer's <c>ENGLISH_STOP_WORDS_SET</c> (33
/// words, matched in lower case).
/// </summary>
internal static class StopWords
{
    private static readonly global::System.Collections.Generic.HashSet<string> Arabic = Set(
        "أ ألا أما أن أنت أنه أنها أو أى أي " +
        "أيضا إذا إلا إلى إلي إما إن إنه إنها ا " +
        "اذا الآن الا الان التى التي الذى الذي الذين الى " +
        "الي اما ان انت انه انها او اى اي ايضا " +
        "ب بأن بان بعد بعض به بها بين بينما تكون " +
        "تلك ثم جميع حتى حيث خلال ذلك ضمن على عليه " +
        "عليها عن عند عندما غير ف فأن فان فما فهو " +
        "فهى فهي في فيه فيها قبل قد كان كانت كل " +
        "كما لا لدى لك لكن لم لن له لها ما " +
        "مع من منذ منه منها نحو هذا هذه هناك هو " +
        "هى هي و وأن وإن وان وفي وكان وكانت وكل " +
        "ولا ولم ولن وما ومن وهو وهى وهي يكون");

    private static readonly global::System.Collections.Generic.HashSet<string> English = Set(
        "a an and are as at be but by for if in " +
        "into is it no not of on or such that the their " +
        "then there these they this to was will with");

    public static bool IsArabic(string word) => Arabic.Contains(word);

    public static bool IsEnglish(string word) => English.Contains(word);

    // A list as one constant, cut at its spaces: as a collection initializer, a list is a static constructor of a
    // call per word, which the JIT compiles before the first search can run (IL of 1,855 bytes for the Arabic one).
    private static global::System.Collections.Generic.HashSet<string> Set(string words)
    {
        var set = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);
        var start = 0;
        for (var i = 0; i <= words.Length; i++)
        {
            if (i == words.Length || words[i] == ' ')
            {
                set.Add(words.Substring(start, i - start));
                start = i + 1;
            }
        }

        return set;
    }
}
