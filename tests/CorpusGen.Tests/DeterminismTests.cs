using System.Globalization;
using CorpusGen.Tests.Helpers;

namespace CorpusGen.Tests;

/// <summary>The same corpus gives byte-identical output whatever the file order, path style or culture.</summary>
public class DeterminismTests
{
    private static readonly TestFile[] Files =
    [
        TestFile.Seed(),
        TestFile.Article("001_ab.txt", "date 2025-01-31 WASHINGTON, Dec 3 (Reuters) - Mixed text İıiI 123.\n\nSecond."),
        TestFile.Article("b-side.txt", "date 1999-12-31 Text"),
        TestFile.Article("a b.txt", "date 2024-02-29 ثم"),
        TestFile.Article("a-b.txt", "date 2024-02-29 ثم"),
    ];

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    [InlineData("tr-TR")]
    [InlineData("fa-IR")]
    [InlineData("de-DE")]
    public void Output_does_not_depend_on_the_culture(string culture)
    {
        var expected = Generate(Files, CultureInfo.InvariantCulture);

        var actual = Generate(Files, CultureInfo.GetCultureInfo(culture));

        Assert.Equal(expected, actual);
        Assert.Contains(actual.Values, source => source.Contains("/// <para>2025-09-20 · ", StringComparison.Ordinal));
    }

    [Fact]
    public void Culture_with_another_calendar_really_formats_dates_differently()
    {
        // Guards the test above: were ar-SA not on the Hijri calendar here, it would prove nothing.
        Assert.Equal("1447-03-28", new DateTime(2025, 9, 20).ToString("yyyy-MM-dd", CultureInfo.GetCultureInfo("ar-SA")));
    }

    [Fact]
    public void Output_does_not_depend_on_file_order_or_path_style()
    {
        var expected = Generate(Files, CultureInfo.InvariantCulture);
        var windowsStyle = Files.Reverse().Select(file => file with { Path = @"C:\work\news\" + Path.GetFileName(file.Path) }).ToArray();

        var actual = Generate(windowsStyle, CultureInfo.InvariantCulture);

        Assert.Equal(expected, actual);
    }

    private static SortedDictionary<string, string> Generate(IEnumerable<TestFile> files, CultureInfo culture)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            var run = GeneratorHarness.Run(files);
            return new SortedDictionary<string, string>(
                run.Sources.ToDictionary(source => source.HintName, source => source.SourceText.ToString()),
                StringComparer.Ordinal);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }
}
