namespace CorpusGen.Model;

/// <summary>A calendar date kept as numbers, so nothing culture-dependent ever formats or parses it.</summary>
public readonly record struct ArticleDate(int Year, int Month, int Day)
{
    private static readonly int[] DaysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    /// <summary>
    /// Days since 0001-01-01 in the Gregorian calendar, as <c>DateOnly.DayNumber</c> counts them: how tables and
    /// generated code store a date, since <c>DateOnly.FromDayNumber</c> is the runtime's cheapest way to make one.
    /// </summary>
    public int DayNumber
    {
        get
        {
            var before = Year - 1;
            var leapDay = Month > 2 && Year % 4 == 0 && (Year % 100 != 0 || Year % 400 == 0) ? 1 : 0;
            return (before * 365) + (before / 4) - (before / 100) + (before / 400) + DaysBeforeMonth[Month - 1] + leapDay + Day - 1;
        }
    }

    public override string ToString() => Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)
        + "-" + Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture)
        + "-" + Day.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}
