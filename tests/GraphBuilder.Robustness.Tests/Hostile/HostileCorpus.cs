using GraphBuilder.Robustness.Tests.Properties;

namespace GraphBuilder.Robustness.Tests.Hostile;

/// <summary>A valid seeds folder whose ids, names, aliases, notes and quotes are Cypher, SQL and YAML-breaking text.</summary>
public static class HostileCorpus
{
    public static readonly string[] Fragments =
    [
        "'); DROP TABLE nodes; --",
        "}) DETACH DELETE n //",
        "`) MATCH (m) DETACH DELETE m //",
        "\" OR 1=1 --",
        "${injected} $rows {id: 'x'}",
        "line one\nline two // MATCH (n) DELETE n",
    ];

    /// <summary>Ids with backticks, quotes, braces, slashes and spaces (no newlines: ids are single tokens).</summary>
    public static readonly string[] Ids = ["o'brien-`tick`", "x}) DETACH DELETE n //", "'); DROP TABLE nodes; --"];

    public static void Write(string seeds)
    {
        Directory.CreateDirectory(Path.Combine(seeds, "documents"));
        var quote = "They wrote " + string.Join(" and ", Fragments.Select(f => f.Replace('\n', ' '))) + " in the report.";
        File.WriteAllText(Path.Combine(seeds, "documents", "hostile.txt"), "Preamble.\n\n" + quote + "\n");
        var q = SeedModel.Q;
        File.WriteAllText(Path.Combine(seeds, "hostile.yaml"), $$"""
            sources:
              - id: {{q("src-" + Ids[2])}}
                title: {{q(Fragments[0])}}
                publisher: {{q(Fragments[1])}}
                published: 2024-01-02
                document: documents/hostile.txt
                note: {{q(Fragments[5])}}
            entities:
              - id: {{q(Ids[0])}}
                kind: state
                name: {{q(Fragments[2])}}
                aliases: [{{q(Fragments[3])}}, {{q(Fragments[4])}}]
                note: {{q(Fragments[5])}}
              - id: {{q(Ids[1])}}
                kind: organisation
                name: {{q(Fragments[1])}}
                aliases: [{{q(Fragments[0])}}]
              - id: {{q(Ids[2])}}
                kind: official
                name: {{q(Fragments[3])}}
                role: {{q(Fragments[4])}}
                holds_office: {{q(Ids[1])}}
                sources:
                  - source: {{q("src-" + Ids[2])}}
                    quote: {{q(quote)}}
            facts:
              - id: {{q("fact " + Fragments[0])}}
                type: ACCUSES
                subject: {{q(Ids[0])}}
                object: {{q(Ids[1])}}
                date: 2024-01
                about: {{q(Fragments[5])}}
                note: {{q(Fragments[4])}}
                sources:
                  - source: {{q("src-" + Ids[2])}}
                    quote: {{q(quote)}}
            """ + "\n");
    }
}
