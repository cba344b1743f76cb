using System.Globalization;
using System.Text.Json;
using GraphBuilder.Graph.Values;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// Neo4j's typed JSON (<c>{"$type": "Float", "_value": "1.0"}</c>), used for parameters and results
/// so that floats stay floats and dates stay dates. Values map to and from
/// <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, <see cref="DateOnly"/>,
/// <see cref="PropertyValue"/>s, <c>null</c>, lists (<see cref="IReadOnlyList{T}"/> of object) and maps (<see cref="IReadOnlyDictionary{TKey, TValue}"/>).
/// </summary>
internal static class TypedJson
{
    public const string MediaType = "application/vnd.neo4j.query";

    private static readonly ValueWriter Values = new();

    public static void Write(Utf8JsonWriter json, object? value)
    {
        json.WriteStartObject();
        switch (value)
        {
            case null:
                json.WriteString("$type", "Null");
                json.WriteNull("_value");
                break;
            case PropertyValue property: Values.Visit(json, property); break;
            case string s: WriteScalar(json, "String", s); break;
            case bool b:
                json.WriteString("$type", "Boolean");
                json.WriteBoolean("_value", b);
                break;
            case int or long:
                WriteScalar(json, "Integer", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double d: WriteScalar(json, "Float", FormatFloat(d)); break;
            case DateOnly date: WriteScalar(json, "Date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                json.WriteString("$type", "Map");
                json.WriteStartObject("_value");
                foreach (var (key, item) in map)
                {
                    json.WritePropertyName(key);
                    Write(json, item);
                }
                json.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                json.WriteString("$type", "List");
                json.WriteStartArray("_value");
                foreach (var item in list) Write(json, item);
                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"Cannot send a {value.GetType().Name} to Neo4j.", nameof(value));
        }
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes a list as <see cref="Write"/> does, flushing <paramref name="json"/> to its stream whenever
    /// <paramref name="flushAt"/> bytes are pending, so a large list is never held whole in the writer's buffer.
    /// </summary>
    internal static async Task WriteListAsync(Utf8JsonWriter json, IReadOnlyList<object?> list, int flushAt, CancellationToken cancellationToken)
    {
        json.WriteStartObject();
        json.WriteString("$type", "List");
        json.WriteStartArray("_value");
        foreach (var item in list)
        {
            Write(json, item);
            if (json.BytesPending >= flushAt) await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Reads one typed value; types GraphBuilder never stores come back as their text.</summary>
    public static object? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$type", out var type))
            throw new FormatException($"Expected a typed JSON value, got {element.ValueKind}.");
        var value = element.GetProperty("_value");
        return type.GetString() switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "Float" => ParseFloat(value.GetString()!),
            "String" => value.GetString(),
            "Date" => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            "List" => value.EnumerateArray().Select(Read).ToList(),
            "Map" => value.EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value), StringComparer.Ordinal),
            _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
        };
    }

    /// <summary>A property value's <c>$type</c> and <c>_value</c>: lists as lists of typed strings.</summary>
    private sealed class ValueWriter : PropertyValueVisitor<Utf8JsonWriter, Utf8JsonWriter>
    {
        protected override Utf8JsonWriter VisitString(Utf8JsonWriter json, string value) => WriteScalar(json, "String", value);

        protected override Utf8JsonWriter VisitInteger(Utf8JsonWriter json, long value) =>
            WriteScalar(json, "Integer", value.ToString(CultureInfo.InvariantCulture));

        protected override Utf8JsonWriter VisitFloat(Utf8JsonWriter json, double value) => WriteScalar(json, "Float", FormatFloat(value));

        protected override Utf8JsonWriter VisitBoolean(Utf8JsonWriter json, bool value)
        {
            json.WriteString("$type", "Boolean");
            json.WriteBoolean("_value", value);
            return json;
        }

        protected override Utf8JsonWriter VisitDate(Utf8JsonWriter json, DateOnly value) =>
            WriteScalar(json, "Date", value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        protected override Utf8JsonWriter VisitStringList(Utf8JsonWriter json, IReadOnlyList<string> value)
        {
            json.WriteString("$type", "List");
            json.WriteStartArray("_value");
            foreach (var item in value)
            {
                json.WriteStartObject();
                WriteScalar(json, "String", item);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            return json;
        }
    }

    private static Utf8JsonWriter WriteScalar(Utf8JsonWriter json, string type, string value)
    {
        json.WriteString("$type", type);
        json.WriteString("_value", value);
        return json;
    }

    private static string FormatFloat(double d) => d switch
    {
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ when double.IsNaN(d) => "NaN",
        _ => d.ToString("R", CultureInfo.InvariantCulture) is var s && (s.Contains('.') || s.Contains('E')) ? s : s + ".0",
    };

    private static double ParseFloat(string s) => s switch
    {
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
