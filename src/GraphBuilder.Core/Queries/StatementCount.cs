using GraphBuilder.Graph;

namespace GraphBuilder.Queries;

/// <summary>
/// How many statements some relationships report: relationships sharing a <c>statement</c>
/// property (one tweet read as several edges) count once, each relationship without one counts
/// on its own. A count of accusations is a count of statements, not of edges.
/// </summary>
public static class StatementCount
{
    public const string Property = "statement";

    public static int Of(IEnumerable<GraphRelationship> relationships)
    {
        var statements = new HashSet<string>(StringComparer.Ordinal);
        var alone = 0;
        foreach (var relationship in relationships)
            if (relationship.Properties.GetString(Property) is { } statement) statements.Add(statement);
            else alone++;
        return statements.Count + alone;
    }
}
