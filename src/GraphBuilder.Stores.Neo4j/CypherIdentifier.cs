using GraphBuilder.Schema;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// Labels and relationship types for Cypher text: only names from the vocabulary whitelist,
/// always backtick-quoted (a backtick inside is doubled). Values never go through here; they are parameters.
/// </summary>
internal static class CypherIdentifier
{
    public static string Quote(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    public static string Label(Vocabulary vocabulary, string label) =>
        vocabulary.IsManagedLabel(label)
            ? Quote(label)
            : throw new StoreException($"'{label}' is not a node label of the vocabulary; refusing to put it in a query.");

    public static string RelationshipType(Vocabulary vocabulary, string type) =>
        vocabulary.RelationshipTypes.ContainsKey(type)
            ? Quote(type)
            : throw new StoreException($"'{type}' is not a relationship type of the vocabulary; refusing to put it in a query.");

    /// <summary>A label expression matching any managed label, e.g. <c>`Official`|`State`</c>.</summary>
    public static string AnyLabel(Vocabulary vocabulary) => string.Join('|', vocabulary.NodeLabels.Select(Quote));

    /// <summary>A type expression matching the given types (all vocabulary types when empty).</summary>
    public static string AnyType(Vocabulary vocabulary, IEnumerable<string>? types = null)
    {
        var names = types?.ToArray() is { Length: > 0 } chosen
            ? chosen.Distinct(StringComparer.Ordinal).Select(t => RelationshipType(vocabulary, t))
            : vocabulary.RelationshipTypes.Keys.Order(StringComparer.Ordinal).Select(Quote);
        return string.Join('|', names);
    }
}
