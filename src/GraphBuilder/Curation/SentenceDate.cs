using System.Globalization;
using System.Text.RegularExpressions;

namespace GraphBuilder.Curation;

/// <summary>
/// The date a sentence gives, in the forms fact dates take: a day ("on 7 September 2022", "September 7", a weekday read
/// relative to the report's publication, as the shipped sources' notes do), a month ("in September 2022"), a year
/// ("in 2013"). Null when it gives none: a curator then dates the fact, or leaves it undated.
/// </summary>
internal static partial class SentenceDate
{
    public static string? Find(string sentence, DateOnly? published)
    {
        if (DayMonth().Match(sentence) is { Success: true } dm && Day(dm.Groups["day"].Value, dm.Groups["month"].Value, dm.Groups["year"].Value, published) is { } a) return a;
        if (MonthDay().Match(sentence) is { Success: true } md && Day(md.Groups["day"].Value, md.Groups["month"].Value, md.Groups["year"].Value, published) is { } b) return b;
        if (Weekday().Match(sentence) is { Success: true } wd && published is { } on)
        {
            var day = Enum.Parse<DayOfWeek>(wd.Groups["day"].Value, ignoreCase: true);
            var back = ((int)on.DayOfWeek - (int)day + 7) % 7;
            return on.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (MonthYear().Match(sentence) is { Success: true } my)
            return $"{my.Groups["year"].Value}-{Month(my.Groups["month"].Value):00}";
        if (Year().Match(sentence) is { Success: true } y) return y.Groups["year"].Value;
        return null;
    }

    private static string? Day(string day, string month, string year, DateOnly? published)
    {
        var y = year.Length > 0 ? int.Parse(year, CultureInfo.InvariantCulture) : published?.Year;
        if (y is null) return null;
        var m = Month(month);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return d <= DateTime.DaysInMonth(y.Value, m) ? new DateOnly(y.Value, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    private static int Month(string name) =>
        Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, n => n.Length > 0 && n.StartsWith(name[..3], StringComparison.OrdinalIgnoreCase)) + 1;

    private const string Months = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    [GeneratedRegex(@"\b(?<day>[0-3]?\d)\s+" + Months + @"(?:,?\s+(?<year>(?:19|20)\d\d))?\b")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b" + Months + @"\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?<year>(?:19|20)\d\d))?\b")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\bon\s+(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\bin\s+" + Months + @"\s+(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\bin\s+(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex Year();
}
