namespace CorpusGen.Model;

/// <summary>A calendar date kept as numbers, so nothing culture-dependent ever formats or parses it.</summary>
public readonly record struct ArticleDate(int Year, int Month, int Day)
{
    /// <summary>The date as one number that sorts as the date does, <c>yyyymmdd</c>: how tables store it.</summary>
    public int Number => (Year * 10000) + (Month * 100) + Day;

    public override string ToString() => Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)
        + "-" + Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture)
        + "-" + Day.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}
