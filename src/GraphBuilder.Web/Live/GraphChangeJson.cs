using System.Text.Encodings.Web;
using System.Text.Json;
using GraphBuilder.Export;
using GraphBuilder.Graph;

namespace GraphBuilder.Web;

/// <summary>
/// A sync's diff as the page applies it, elements in the export's shape (<see cref="JsonGraphWriter"/>):
/// <c>{"addedNodes":[…],"changedNodes":[…],"removedNodes":[id…],"addedRelationships":[…],"changedRelationships":[…],"removedRelationships":[id…]}</c>.
/// Applied in the store's order: removals first, then nodes, then relationships (a relabelled element is removed and added).
/// </summary>
internal static class GraphChangeJson
{
    public static byte[] Write(GraphDiff diff)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            Elements(json, "addedNodes", diff.AddedNodes, JsonGraphWriter.WriteNode);
            Elements(json, "changedNodes", diff.ChangedNodes, JsonGraphWriter.WriteNode);
            Ids(json, "removedNodes", diff.RemovedNodes);
            Elements(json, "addedRelationships", diff.AddedRelationships, JsonGraphWriter.WriteRelationship);
            Elements(json, "changedRelationships", diff.ChangedRelationships, JsonGraphWriter.WriteRelationship);
            Ids(json, "removedRelationships", diff.RemovedRelationships);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void Elements<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> elements, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var element in elements) write(json, element);
        json.WriteEndArray();
    }

    private static void Ids(Utf8JsonWriter json, string name, IReadOnlyList<RemovedElement> removed)
    {
        json.WriteStartArray(name);
        foreach (var element in removed) json.WriteStringValue(element.Id);
        json.WriteEndArray();
    }
}
