using System.Runtime.CompilerServices;
using System.Globalization;

namespace GraphBuilder.Facts;

/// <summary>
/// A day (<c>2022-09-07</c>), month (<c>2022-09</c>) or year (<c>2016</c>) and the days it covers.
/// </summary>
public readonly record struct FactDate(string Text, DateOnly First, DateOnly Last)
{
    /// <summary>Parses a date as written; on failure returns null and a message saying why.</summary>
    [MethodImpl(HotPath.Options)]
    public static FactDate? Parse(string text, out string? problem)
    {
        problem = null;
        // Exactly YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits (checked without splitting: this runs for every date and citation).
        if (!HasDateShape(text))
        {
            problem = $"'{text}' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY";
            return null;
        }
        var year = Digits(text, 0, 4);
        if (year < 1)
        {
            problem = $"'{text}' is not a real date";
            return null;
        }
        if (text.Length == 4) return new FactDate(text, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var month = Digits(text, 5, 2);
        if (month is < 1 or > 12)
        {
            problem = $"'{text}' is not a real date: there is no month {month}";
            return null;
        }
        var days = DateTime.DaysInMonth(year, month);
        if (text.Length == 7) return new FactDate(text, new DateOnly(year, month, 1), new DateOnly(year, month, days));
        var day = Digits(text, 8, 2);
        if (day < 1 || day > days)
        {
            problem = $"'{text}' is not a real date: {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {days} days";
            return null;
        }
        var date = new DateOnly(year, month, day);
        return new FactDate(text, date, date);
    }

    /// <summary>A full day (a source's <c>published</c>): the messages of <see cref="Parse"/>, and one more for a month or year.</summary>
    public static DateOnly? ParseDay(string text, string key, out string? problem)
    {
        var date = Parse(text, out problem);
        if (date is { IsDay: false })
            problem = $"'{key}' must be a full date (YYYY-MM-DD), found '{text}'";
        return problem is null ? date?.First : null;
    }

    [MethodImpl(HotPath.Options)]
    private static bool HasDateShape(string text)
    {
        if (text.Length is not (4 or 7 or 10)) return false;
        for (var i = 0; i < text.Length; i++)
        {
            var separator = i is 4 or 7;
            if (separator ? text[i] != '-' : !char.IsAsciiDigit(text[i])) return false;
        }
        return true;
    }

    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++) value = value * 10 + (text[i] - '0');
        return value;
    }

    public bool IsDay => First == Last;
}
