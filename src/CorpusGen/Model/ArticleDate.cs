namespace CorpusGen.Model;

/// <summary>A calendar date kept as numbers, so nothing culture-dependent ever formats or parses it.</summary>
public readonly record struct ArticleDate(int Year, int Month, int Day)
{
    /// <summary>
    /// Days since 0001-01-01 in the Gregorian calendar, as <c>DateOnly.DayNumber</c> counts them: how tables and
    /// generated code store a date, since <c>DateOnly.FromDayNumber</c> is the runtime's cheapest way to make one.
    /// <c>DateTime</c>'s year, month and day are Gregorian whatever the culture.
    /// </summary>
    public int DayNumber => (int)(new System.DateTime(Year, Month, Day).Ticks / System.TimeSpan.TicksPerDay);

    public override string ToString() => Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)
        + "-" + Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture)
        + "-" + Day.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}
