using CorpusGen.Model;
using CorpusGen.Parsing;
using CorpusGen.Tests.Helpers;

namespace CorpusGen.Tests;

public class SentenceBoundaryTests
{
    [Theory]
    // English: terminators followed by white space end sentences.
    [InlineData("The museum opened. It closed later.", "The museum opened. | It closed later.")]
    [InlineData("Is it over? Yes! It is.", "Is it over? | Yes! | It is.")]
    [InlineData("Really?! Yes.", "Really?! | Yes.")]
    [InlineData("One.  Two.\u00A0Three.\u2003Four.\tFive.", "One. | Two. | Three. | Four. | Five.")]
    [InlineData("Hello . World", "Hello . | World")]
    [InlineData("Prices rose in 2025. Wages did not.", "Prices rose in 2025. | Wages did not.")]
    // Numbers and dots inside a token end nothing.
    [InlineData("The U.S. economy grew 2.5 percent. Prices rose.", "The U.S. economy grew 2.5 percent. | Prices rose.")]
    [InlineData("Sales reached 1,750 units. Profit fell.", "Sales reached 1,750 units. | Profit fell.")]
    [InlineData("Version 2.0 shipped.Then it broke.", "Version 2.0 shipped.Then it broke.")]
    // Abbreviations and initials.
    [InlineData("He met Mr. Smith and Mrs. Jones. They talked.", "He met Mr. Smith and Mrs. Jones. | They talked.")]
    [InlineData("Dr. Ali lives at No. 10 Downing St. in London. Talks began.", "Dr. Ali lives at No. 10 Downing St. in London. | Talks began.")]
    [InlineData("J. K. Rowling spoke. Fans cheered.", "J. K. Rowling spoke. | Fans cheered.")]
    [InlineData("Acme Inc. and Widgets Ltd. joined Foo Co. and Bar Corp. today. Shares rose.", "Acme Inc. and Widgets Ltd. joined Foo Co. and Bar Corp. today. | Shares rose.")]
    [InlineData("Use a tool, e.g. a hammer, i.e. the best one. Then stop.", "Use a tool, e.g. a hammer, i.e. the best one. | Then stop.")]
    [InlineData("Real vs. Barca ended 2-1. Fans left.", "Real vs. Barca ended 2-1. | Fans left.")]
    [InlineData("Jan. 5 and Sept. 20 and Dec. 3 were chosen. All passed.", "Jan. 5 and Sept. 20 and Dec. 3 were chosen. | All passed.")]
    [InlineData("He said no. Then he left.", "He said no. | Then he left.")]
    [InlineData("Both met in the U.S. They talked.", "Both met in the U.S. They talked.")]
    [InlineData("He was approx. five. Then six.", "He was approx. | five. | Then six.")]
    // Closing quotes and brackets belong to the sentence that ends; a quote continued in lower case is one sentence.
    [InlineData("He said, \"We are done.\" Then he left.", "He said, \"We are done.\" | Then he left.")]
    [InlineData("\"Is it over?\" she asked. \"No.\"", "\"Is it over?\" she asked. | \"No.\"")]
    [InlineData("\"We won!\", he said. It was true.", "\"We won!\", he said. | It was true.")]
    [InlineData("He wrote \"Done.\" , then left.", "He wrote \"Done.\" , then left.")]
    [InlineData("(See the report.) The end.", "(See the report.) | The end.")]
    [InlineData("He said: “It is over.”) Next.", "He said: “It is over.”) | Next.")]
    [InlineData("She called it \u2018final.\u2019 Nobody agreed.", "She called it \u2018final.\u2019 | Nobody agreed.")]
    // Ellipses.
    [InlineData("Wait... what happened? Nobody knew.", "Wait... what happened? | Nobody knew.")]
    [InlineData("It was over… Then came dawn.", "It was over… | Then came dawn.")]
    [InlineData("And then… nothing.", "And then… nothing.")]
    // Lines within a paragraph; paragraphs.
    [InlineData("First line ends here.\nSecond line.", "First line ends here. | Second line.")]
    [InlineData("A headline with no full stop\n\nThe story.", "A headline with no full stop | The story.")]
    [InlineData("He works for Acme Inc.\r\n\r\nShe does not.", "He works for Acme Inc. | She does not.")]
    [InlineData("Did it end?\n\n\"Yes,\" she said.", "Did it end? | \"Yes,\" she said.")]
    // Arabic: ؟ ends a sentence, the Arabic comma never does, and Arabic has no letter case.
    [InlineData("قال الوزير إن الخطة جاهزة. وأضاف أنها ستعلن قريبا.", "قال الوزير إن الخطة جاهزة. | وأضاف أنها ستعلن قريبا.")]
    [InlineData("هل انتهى الاجتماع؟ نعم، انتهى، وغادر الجميع.", "هل انتهى الاجتماع؟ | نعم، انتهى، وغادر الجميع.")]
    [InlineData("قالت الوزارة، في بيان، إن العدد 2.5 مليون. وأضافت أن 1,750 دارا شاركت.", "قالت الوزارة، في بيان، إن العدد 2.5 مليون. | وأضافت أن 1,750 دارا شاركت.")]
    [InlineData("نما الاقتصاد ٢٫٥ في المئة. وارتفعت الأسعار!", "نما الاقتصاد ٢٫٥ في المئة. | وارتفعت الأسعار!")]
    [InlineData("التقى د. محمد الوزير. ثم غادر.", "التقى د. محمد الوزير. | ثم غادر.")]
    [InlineData("حضر أ.د. علي الندوة. ثم تحدث.", "حضر أ.د. علي الندوة. | ثم تحدث.")]
    [InlineData("قال: «انتهى الأمر.» ثم غادر.", "قال: «انتهى الأمر.» | ثم غادر.")]
    [InlineData("«هل انتهى؟» قال المتحدث.", "«هل انتهى؟» | قال المتحدث.")]
    [InlineData("الجلسة انتهت… وبدأت أخرى.", "الجلسة انتهت… | وبدأت أخرى.")]
    [InlineData("انتهى.\u200F ثم بدأ.", "انتهى.\u200F | ثم بدأ.")]
    [InlineData("یہ پہلا جملہ ہے۔ یہ دوسرا ہے۔", "یہ پہلا جملہ ہے۔ | یہ دوسرا ہے۔")]
    // Arabic and English in one text.
    [InlineData("قالت رويترز إن U.S. officials وصلوا. The talks began.", "قالت رويترز إن U.S. officials وصلوا. | The talks began.")]
    [InlineData("LONDON (Reuters) - Mr. Brown said: «الاتفاق جاهز.» Talks end today.", "LONDON (Reuters) - Mr. Brown said: «الاتفاق جاهز.» | Talks end today.")]
    [InlineData("وصل \"IGEF 2025\". Then it ended؟ نعم.", "وصل \"IGEF 2025\". | Then it ended؟ | نعم.")]
    public void Sentences_end_where_the_rules_say(string body, string expected)
    {
        Assert.Equal(expected.Split(" | "), Sentences(body));
    }

    /// <summary>
    /// The seed's only terminators are the full stops that end its ten paragraphs: its other punctuation is the
    /// Arabic comma (never a boundary), the colon of its dateline, brackets and the quoted "IGEF 2025" inside
    /// sentences, and numbers without a dot (18, 20, 2025, 2030). So each paragraph is one sentence.
    /// </summary>
    [Fact]
    public void Seed_has_ten_sentences_one_per_paragraph()
    {
        var article = Parse(Seeds.Content);

        Assert.Equal(10, article.Sentences.Count);
        Assert.Equal(article.Paragraphs, article.Sentences);
    }

    [Fact]
    public void Sentences_never_cross_paragraphs_and_are_trimmed()
    {
        var article = Parse("date 2025-01-01 \u00A0 One. Two!\r\n  Three? \r\n \r\nFour…   Five \n\nSix");

        Assert.Equal(["One.", "Two!", "Three?", "Four…", "Five", "Six"], article.Sentences.Select(sentence => Cut(article, sentence)));
        Assert.Equal(["One. Two!\r\n  Three?", "Four…   Five", "Six"], article.Paragraphs.Select(paragraph => Cut(article, paragraph)));
    }

    private static IEnumerable<string> Sentences(string body)
    {
        var article = Parse("date 2025-01-01 " + body);
        return article.Sentences.Select(sentence => Cut(article, sentence));
    }

    private static ArticleSpec Parse(string content) =>
        ArticleParser.Parse("/corpus/000_abc.txt", null, content).Value.Article ?? throw new Xunit.Sdk.XunitException("no article");

    private static string Cut(ArticleSpec article, TextRange range) => article.Text.Substring(range.Start, range.Length);
}
