using System.Globalization;

namespace GraphBuilder.Facts;

/// <summary>
/// A day (<c>2022-09-07</c>), month (<c>2022-09</c>) or year (<c>2016</c>) and the days it covers.
/// </summary>
public readonly record struct FactDate(string Text, DateOnly First, DateOnly Last)
{
    /// <summary>Parses a date as written; on failure returns null and a message saying why.</summary>
    public static FactDate? Parse(string text, out string? problem)
    {
        problem = null;
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)
            || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            problem = $"'{text}' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY";
            return null;
        }
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year < 1)
        {
            problem = $"'{text}' is not a real date";
            return null;
        }
        if (parts.Length == 1) return new FactDate(text, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            problem = $"'{text}' is not a real date: there is no month {month}";
            return null;
        }
        var days = DateTime.DaysInMonth(year, month);
        if (parts.Length == 2) return new FactDate(text, new DateOnly(year, month, 1), new DateOnly(year, month, days));
        var day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (day < 1 || day > days)
        {
            problem = $"'{text}' is not a real date: {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {days} days";
            return null;
        }
        var date = new DateOnly(year, month, day);
        return new FactDate(text, date, date);
    }

    public bool IsDay => First == Last;
}
