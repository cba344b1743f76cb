namespace GraphBuilder.Queries;

/// <summary>A named relationship query from <c>schema/queries.yaml</c>.</summary>
public sealed record CannedQuery(string Name, string Description, IReadOnlyList<string> Types, EntityRequirement Requires)
{
    /// <summary>
    /// Builds the store query from the user's filters. With <see cref="EntityRequirement.Either"/>
    /// the one entity given may be at either end.
    /// </summary>
    public RelationshipQuery ToQuery(string? subject, string? @object)
    {
        (subject, @object) = (RelationshipQuery.EntityFilter(subject), RelationshipQuery.EntityFilter(@object));
        var missing = Requires switch
        {
            EntityRequirement.Subject when subject is null => "--subject",
            EntityRequirement.Object when @object is null => "--object",
            EntityRequirement.Either when subject is null && @object is null => "--subject or --object",
            _ => null,
        };
        if (missing is not null) throw new ArgumentException($"query '{Name}' needs {missing}");
        return Requires == EntityRequirement.Either && (subject is null || @object is null)
            ? new RelationshipQuery(Types, Either: subject ?? @object)
            : new RelationshipQuery(Types, subject, @object);
    }
}
