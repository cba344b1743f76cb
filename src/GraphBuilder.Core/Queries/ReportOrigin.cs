namespace GraphBuilder.Queries;

/// <summary>One independent origin of a claim (an agency or outlet) and the outlets that carried its report, when others did.</summary>
public sealed record ReportOrigin(string Name, IReadOnlyList<string> Carriers)
{
    /// <summary>"Reuters (via Example Times, Daily Sun)", or the name alone when the origin published it itself.</summary>
    public override string ToString() => Carriers.Count == 0 ? Name : $"{Name} (via {string.Join(", ", Carriers)})";
}
