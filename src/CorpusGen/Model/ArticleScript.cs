namespace CorpusGen.Model;

/// <summary>The writing system most of an article's letters belong to. Mirrored by the generated enum.</summary>
public enum ArticleScript
{
    Unknown,
    Latin,
    Arabic,
    Hebrew,
    Cyrillic,
    Greek,
    Devanagari,
    Thai,
    Han,
    Kana,
    Hangul,
    Other,
}
