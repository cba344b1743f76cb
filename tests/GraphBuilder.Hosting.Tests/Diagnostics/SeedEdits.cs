namespace GraphBuilder.Hosting.Tests.Diagnostics;

/// <summary>Edits that hold for any valid corpus: a file of their own, added and removed, never the shipped wording.</summary>
internal static class SeedEdits
{
    public const string BrokenFile = "facts/zz-ops-broken.yaml";
    public const string ExtraFile = "zz-ops-extra-entity.yaml";

    /// <summary>Makes the seeds invalid with one unknown top-level key at line 1, column 1.</summary>
    public static void Break(Support.TempSeeds folder) => folder.Write(BrokenFile, "nonsense: 1\n");

    public static void Fix(Support.TempSeeds folder) => File.Delete(folder.PathOf(BrokenFile));

    /// <summary>Adds one entity, so the next sync writes one node.</summary>
    public static void AddEntity(Support.TempSeeds folder, string id) =>
        folder.Write(ExtraFile, $"entities:\n  - id: {id}\n    kind: state\n    name: Ops Test Land {id}\n");
}
