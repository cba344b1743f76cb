using System.Globalization;
using System.Text;

namespace GraphBuilder.Robustness.Tests.EmbeddedFaults;

/// <summary>
/// A seed file big enough that a sync's write transaction outgrows SQLite's page cache (so pages are
/// spilled into the store file before commit): the hardest moment for a crash.
/// </summary>
public static class BulkCorpus
{
    public static void Write(string path, int count)
    {
        var note = string.Concat(Enumerable.Repeat("A long analyst note that makes every row fat enough to spill. ", 10));
        var text = new StringBuilder("entities:\n");
        for (var i = 0; i < count; i++)
            text.Append(CultureInfo.InvariantCulture, $"  - id: bulk-{i}\n    kind: state\n    name: Bulk {i}\n    note: {note}{i}\n");
        text.Append("facts:\n");
        for (var i = 0; i < count; i++)
            text.Append(CultureInfo.InvariantCulture, $"  - id: bulk-fact-{i}\n    type: ACCUSES\n    subject: bulk-{i}\n    object: bulk-{(i + 1) % count}\n    about: {note}\n")
                .Append("    sources:\n      - source: daily-2024-01-02\n        quote: \"Alpha accused Beta of the outage on Monday.\"\n");
        File.WriteAllText(path, text.ToString());
    }
}
