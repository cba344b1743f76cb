using GraphBuilder.Facts;

namespace GraphBuilder.Tests.Facts;

public sealed class FactDateTests
{
    [Theory]
    [InlineData("2022-09-07", "2022-09-07", "2022-09-07")]
    [InlineData("2022-09", "2022-09-01", "2022-09-30")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2016", "2016-01-01", "2016-12-31")]
    public void Parse_CoversTheDaysOfADayMonthOrYear(string text, string first, string last)
    {
        var date = FactDate.Parse(text, out var problem);

        Assert.Null(problem);
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), date!.Value.First);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), date.Value.Last);
        Assert.Equal(text, date.Value.Text);
    }

    [Theory]
    [InlineData("2022-09-07-01")]
    [InlineData("")]
    [InlineData("２０２２")]
    [InlineData("2022-1a")]
    public void Parse_RejectsWhatIsNotADate(string text)
    {
        Assert.Null(FactDate.Parse(text, out var problem));
        Assert.Equal($"'{text}' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY", problem);
    }
}
