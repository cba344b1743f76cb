using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphBuilder.Export;
using GraphBuilder.Queries;

namespace GraphBuilder.Cli;

/// <summary>Formats query results as an aligned text table or as JSON.</summary>
internal static class QueryResultFormatter
{
    public static IReadOnlyList<RelationshipMatch> Order(IEnumerable<RelationshipMatch> matches) => matches
        .OrderBy(m => m.Relationship.Properties.GetDate("date_start") ?? DateOnly.MaxValue)
        .ThenBy(m => m.Relationship.Id, StringComparer.Ordinal)
        .ToList();

    /// <param name="width">Fit every line into this many columns (long cells end with "…"); null: no limit.</param>
    /// <param name="quotes">Print each relationship's quotes, wrapped, under its row, each with its context from the seeds when it has one; null: no quotes.</param>
    /// <param name="sources">The source nodes by id: the SOURCES column lists each independent origin once, with the outlets that carried it.</param>
    public static string ToTable(IReadOnlyList<RelationshipMatch> matches, IReadOnlyDictionary<string, Graph.GraphNode> sources, int? width = null,
        IReadOnlyDictionary<(string Relationship, string Source, string Quote), string>? quotes = null)
    {
        var rows = matches.Select(m => new[]
        {
            m.Start.Name, m.Relationship.Type, m.End.Name,
            m.Relationship.Properties.GetString("date") ?? "",
            OneLine(m.Relationship.Properties.GetString("about") ?? ""),
            string.Join("; ", ReportOrigins.Of(m.Relationship, sources)),
        }).ToList();
        string[] header = ["SUBJECT", "TYPE", "OBJECT", "DATE", "ABOUT", "SOURCES"];
        var lines = TextTable.Lines(header, rows, width, maxCell: 60);
        var text = new StringBuilder().AppendLine(lines[0]);
        for (var i = 0; i < rows.Count; i++)
        {
            text.AppendLine(lines[i + 1]);
            if (quotes is null) continue;
            foreach (var s in matches[i].Relationship.Sources)
            {
                foreach (var line in Wrap($"\"{OneLine(s.Quote)}\" ({s.SourceId})", (width ?? int.MaxValue) - QuoteIndent.Length))
                    text.Append(QuoteIndent).AppendLine(line);
                if (quotes.TryGetValue((matches[i].Relationship.Id, s.SourceId, s.Quote), out var context))
                    foreach (var line in Wrap($"context: \"{OneLine(context)}\"", (width ?? int.MaxValue) - ContextIndent.Length))
                        text.Append(ContextIndent).AppendLine(line);
                foreach (var r in s.Reviews)
                    foreach (var line in Wrap($"reviewed [{r.Flag}] by {OneLine(r.By)} on {r.On}: {OneLine(r.Note)}", (width ?? int.MaxValue) - ReviewIndent.Length))
                        text.Append(ReviewIndent).AppendLine(line);
            }
        }
        var statements = StatementCount.Of(matches.Select(m => m.Relationship));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"({matches.Count} relationship{(matches.Count == 1 ? "" : "s")}, {statements} statement{(statements == 1 ? "" : "s")})"));
        return text.ToString();
    }

    private const string QuoteIndent = "    ";
    // Context and reviews belong to the quote above them.
    private const string ContextIndent = "      ";
    private const string ReviewIndent = ContextIndent;

    private static IEnumerable<string> Wrap(string text, int width)
    {
        width = Math.Max(20, width);
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    public static string ToJson(IReadOnlyList<RelationshipMatch> matches, IReadOnlyDictionary<string, Graph.GraphNode> sources)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var m in matches)
            {
                json.WriteStartObject();
                json.WriteString("id", m.Relationship.Id);
                json.WriteString("type", m.Relationship.Type);
                WriteEnd(json, "subject", m.Start);
                WriteEnd(json, "object", m.End);
                json.WritePropertyName("properties");
                json.WriteStartObject();
                JsonGraphWriter.WriteProperties(json, m.Relationship.Properties);
                json.WriteEndObject();
                json.WriteStartArray("sources");
                foreach (var s in m.Relationship.Sources)
                {
                    json.WriteStartObject();
                    json.WriteString("source", s.SourceId);
                    json.WriteString("publisher", s.Publisher);
                    json.WriteString("quote", s.Quote);
                    JsonGraphWriter.WriteReviews(json, s.Reviews);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("origins");
                foreach (var origin in ReportOrigins.Of(m.Relationship, sources))
                {
                    json.WriteStartObject();
                    json.WriteString("name", origin.Name);
                    json.WriteStartArray("carriers");
                    foreach (var carrier in origin.Carriers) json.WriteStringValue(carrier);
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    private static void WriteEnd(Utf8JsonWriter json, string name, Graph.GraphNode node)
    {
        json.WriteStartObject(name);
        json.WriteString("id", node.Id);
        json.WriteString("label", node.Label);
        json.WriteString("name", node.Name);
        json.WriteEndObject();
    }

    private static string OneLine(string text) => Validation.Diagnostic.OneLine(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

}
