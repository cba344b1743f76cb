using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphBuilder.Graph;
using GraphBuilder.Graph.Values;

namespace GraphBuilder.Cli;

/// <summary>
/// Prints a dry run's diff, one element a line; a changed element is followed by what changed in it
/// (<c>about: "old" -> "new"</c>), compared with the graph the store holds.
/// </summary>
internal static class DiffPrinter
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly ValueText Values = new();

    public static void Print(GraphDiff diff, GraphData stored)
    {
        var nodes = stored.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var relationships = stored.Relationships.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var n in diff.RemovedRelationships) Console.WriteLine($"- relationship {n.Id} ({n.LabelOrType})");
        foreach (var n in diff.RemovedNodes) Console.WriteLine($"- node {n.Id} ({n.LabelOrType})");
        foreach (var n in diff.AddedNodes) Console.WriteLine($"+ node {n.Id} ({n.Label})");
        foreach (var n in diff.ChangedNodes)
        {
            Console.WriteLine($"~ node {n.Id} ({n.Label})");
            if (nodes.TryGetValue(n.Id, out var old)) PrintChanges(Describe(old.Properties, "label", old.Label), Describe(n.Properties, "label", n.Label));
        }
        foreach (var r in diff.AddedRelationships) Console.WriteLine($"+ relationship {r.Id} ({r.StartId} -[{r.Type}]-> {r.EndId})");
        foreach (var r in diff.ChangedRelationships)
        {
            Console.WriteLine($"~ relationship {r.Id} ({r.StartId} -[{r.Type}]-> {r.EndId})");
            if (relationships.TryGetValue(r.Id, out var old)) PrintChanges(Describe(old), Describe(r));
        }
    }

    private static void PrintChanges(SortedDictionary<string, string> before, SortedDictionary<string, string> after)
    {
        foreach (var key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var was = before.GetValueOrDefault(key);
            var now = after.GetValueOrDefault(key);
            if (was != now) Console.WriteLine($"    {key}: {was ?? "(none)"} -> {now ?? "(none)"}");
        }
    }

    private static SortedDictionary<string, string> Describe(GraphRelationship r)
    {
        var values = Describe(r.Properties, "type", r.Type);
        values["start"] = Show(r.StartId);
        values["end"] = Show(r.EndId);
        for (var i = 0; i < r.Sources.Count; i++)
        {
            var s = r.Sources[i];
            values[$"sources[{i}]"] = Show($"{s.SourceId}: {s.Quote}");
        }
        return values;
    }

    private static SortedDictionary<string, string> Describe(PropertyMap properties, string kindKey, string kind)
    {
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal) { [kindKey] = Show(kind) };
        foreach (var (key, value) in properties) values[key] = Values.Visit(default, value);
        return values;
    }

    private static string Show(string text) => JsonSerializer.Serialize(text, Quoting);

    /// <summary>A value as the diff shows it: texts quoted and escaped, dates yyyy-MM-dd, lists bracketed.</summary>
    private sealed class ValueText : PropertyValueVisitor<ValueTuple, string>
    {
        protected override string VisitString(ValueTuple _, string value) => Show(value);
        protected override string VisitInteger(ValueTuple _, long value) => value.ToString(CultureInfo.InvariantCulture);
        protected override string VisitFloat(ValueTuple _, double value) => value.ToString(CultureInfo.InvariantCulture);
        protected override string VisitBoolean(ValueTuple _, bool value) => value.ToString();
        protected override string VisitDate(ValueTuple _, DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        protected override string VisitStringList(ValueTuple _, IReadOnlyList<string> value) => "[" + string.Join(", ", value.Select(Show)) + "]";
    }
}
