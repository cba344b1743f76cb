using System.Globalization;
using System.Text.Json;
using GraphBuilder.Graph.Values;

namespace GraphBuilder.Export;

/// <summary>
/// Writes a property value as JSON: strings, integers, floats and booleans as JSON's own, dates as
/// <c>yyyy-MM-dd</c> text, lists as arrays of strings. A format that must read floats and dates back
/// as their types (the SQLite store's) overrides those two.
/// </summary>
public class JsonValueWriter : PropertyValueVisitor<Utf8JsonWriter, Utf8JsonWriter>
{
    protected sealed override Utf8JsonWriter VisitString(Utf8JsonWriter json, string value)
    {
        json.WriteStringValue(value);
        return json;
    }

    protected sealed override Utf8JsonWriter VisitInteger(Utf8JsonWriter json, long value)
    {
        json.WriteNumberValue(value);
        return json;
    }

    protected override Utf8JsonWriter VisitFloat(Utf8JsonWriter json, double value)
    {
        json.WriteNumberValue(value);
        return json;
    }

    protected sealed override Utf8JsonWriter VisitBoolean(Utf8JsonWriter json, bool value)
    {
        json.WriteBooleanValue(value);
        return json;
    }

    protected override Utf8JsonWriter VisitDate(Utf8JsonWriter json, DateOnly value)
    {
        json.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return json;
    }

    protected sealed override Utf8JsonWriter VisitStringList(Utf8JsonWriter json, IReadOnlyList<string> value)
    {
        json.WriteStartArray();
        // Indexing, not foreach: an interface enumerator is an allocation per list.
        for (var i = 0; i < value.Count; i++) json.WriteStringValue(value[i]);
        json.WriteEndArray();
        return json;
    }
}
