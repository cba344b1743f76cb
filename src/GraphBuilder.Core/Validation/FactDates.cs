using GraphBuilder.Facts;

namespace GraphBuilder.Validation;

/// <summary>When a fact happened, as its <c>date</c> or its <c>from</c>/<c>to</c> range says; an invalid date counts as none (its own check reports it).</summary>
internal static class FactDates
{
    /// <summary>The field that says when the fact starts: its date, or else its range's start.</summary>
    public static Field? StartField(FactRecord fact) => fact.Date ?? fact.From;

    public static FactDate? Start(FactRecord fact) => Parse(StartField(fact));

    /// <summary>The years the fact covers (an open end is open: "to: 2016" allows any year before); null when undated.</summary>
    public static (int First, int Last)? Years(FactRecord fact)
    {
        var first = Start(fact);
        var last = Parse(fact.Date ?? fact.To);
        if (first is null && last is null) return null;
        return (first?.First.Year ?? DateOnly.MinValue.Year, last?.Last.Year ?? DateOnly.MaxValue.Year);
    }

    private static FactDate? Parse(Field? field) => FactDate.Parse(field?.Value ?? "", out _);
}
