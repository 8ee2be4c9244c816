using CorpusGen.Search;
using CorpusGen.Text;

namespace CorpusGen.Tests;

public class SearchSnippetTests
{
    [Fact]
    public void Matches_are_the_tokens_of_the_wanted_terms_where_they_stand_in_the_text()
    {
        const string text = "Security's budget: the SECURITY council met. Securities rose.";

        var matches = SearchSnippet.Matches(text, SearchQuery.Parse("security council -budget").WantedTerms());

        Assert.Equal(["Security's", "SECURITY", "council", "Securities"], matches.Select(match => text[match.Start..match.End]));
    }

    [Fact]
    public void A_short_text_is_its_own_snippet_with_its_matches_marked()
    {
        const string text = "  المدير العام\n\nللأمن الوطني\u200F يزور تركيا  ";

        var (snippet, starts, lengths) = Snippet(text, "الأمن تركيا");

        Assert.Equal("المدير العام للأمن الوطني يزور تركيا", snippet);
        Assert.Equal(["للأمن", "تركيا"], starts.Zip(lengths, (start, length) => snippet.Substring(start, length)));
    }

    [Fact]
    public void A_long_text_is_cut_around_the_match_with_most_terms_near_it()
    {
        var filler = string.Join(" ", Enumerable.Repeat("filler words here", 40));
        var text = $"{filler} lonely alpha {filler} alpha beta gamma together {filler}";

        var (snippet, starts, lengths) = Snippet(text, "alpha beta gamma");

        Assert.StartsWith("\u2026", snippet, StringComparison.Ordinal);
        Assert.EndsWith("\u2026", snippet, StringComparison.Ordinal);
        Assert.Contains("alpha beta gamma together", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("lonely", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length <= SearchSnippet.MaxLength + 2, snippet);
        Assert.Equal(["alpha", "beta", "gamma"], starts.Zip(lengths, (start, length) => snippet.Substring(start, length)));
    }

    [Fact]
    public void Without_a_match_the_snippet_is_the_start_of_the_text()
    {
        var text = string.Join(" ", Enumerable.Repeat("word", 100));

        var (snippet, starts, _) = Snippet(text, "missing");

        Assert.StartsWith("word word", snippet, StringComparison.Ordinal);
        Assert.EndsWith("\u2026", snippet, StringComparison.Ordinal);
        Assert.Empty(starts);
    }

    [Fact]
    public void The_display_form_is_the_cards()
    {
        var random = new Random(7);
        var alphabet = "ab \t\n\r\u0085\u00A0\u2028\u200B\u200E\u202E\uFEFF\u0001\u007F\uE000\uFFFEأمن".ToCharArray();
        for (var run = 0; run < 500; run++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            Assert.Equal(UnicodeText.ToDisplay(text), Snippet(text, "missing").Text.TrimEnd('\u2026'));
        }
    }

    private static (string Text, int[] Starts, int[] Lengths) Snippet(string text, string query) =>
        SearchSnippet.Snippet(text, SearchSnippet.Matches(text, SearchQuery.Parse(query).WantedTerms()));
}
