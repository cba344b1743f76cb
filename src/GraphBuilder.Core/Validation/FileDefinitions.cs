using GraphBuilder.Facts;

namespace GraphBuilder.Validation;

/// <summary>
/// Whether two versions of a seed file show other files' checks the same things: its ids with
/// their positions, entity kinds, names and aliases, source documents and entity links. While no
/// file's definitions change (and the documents are the same), every file's own diagnostics, and the
/// cross-file duplicate and link-id checks, come out exactly as before. Compared field by field
/// (<see cref="Graph.IncrementalBuild"/> compares only files whose content changed).
/// </summary>
internal static class FileDefinitions
{
    public static bool Same(SeedFile before, SeedFile now)
    {
        if (before.Path != now.Path || before.Sources.Count != now.Sources.Count || before.Entities.Count != now.Entities.Count
            || before.Facts.Count != now.Facts.Count) return false;
        for (var i = 0; i < now.Sources.Count; i++)
            if (!Same(before.Sources[i].Id, now.Sources[i].Id) || !Same(before.Sources[i].Document, now.Sources[i].Document)) return false;
        for (var i = 0; i < now.Entities.Count; i++)
        {
            var (a, b) = (before.Entities[i], now.Entities[i]);
            if (!Same(a.Id, b.Id) || !Same(a.Kind, b.Kind) || a.Links.Count != b.Links.Count) return false;
            // Other files' support checks look entities up by name and alias.
            if (a.Name?.Value != b.Name?.Value || !a.Aliases.Select(x => x.Value).SequenceEqual(b.Aliases.Select(x => x.Value))) return false;
            for (var j = 0; j < b.Links.Count; j++)
                if (a.Links[j].Key != b.Links[j].Key || !Same(a.Links[j].Target, b.Links[j].Target)) return false;
        }
        for (var i = 0; i < now.Facts.Count; i++)
            if (!Same(before.Facts[i].Id, now.Facts[i].Id)) return false;
        return true;
    }

    private static bool Same(Field? before, Field? now) =>
        before is null ? now is null
        : now is not null && before.Value == now.Value && before.At.Line == now.At.Line && before.At.Column == now.At.Column;
}
