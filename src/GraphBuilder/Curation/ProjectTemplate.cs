using System.Text;

namespace GraphBuilder.Curation;

/// <summary>
/// What <c>graphbuilder init</c> writes: a seeds folder with one example report, its entities and one fact (valid under
/// <c>validate --strict</c>), a copy of the schema beside it, and a README saying how to go on.
/// </summary>
internal static class ProjectTemplate
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["README.md"] = """
            # A GraphBuilder graph project

            `seeds/` holds the facts (YAML) and the reports they cite, `schema/` the vocabulary they use (edit it to add
            relationship types). Run `graphbuilder validate`, `graphbuilder sync` and `graphbuilder query --help` from
            this folder; add a report with `graphbuilder add source FILE --id ID --publisher P --published YYYY-MM-DD`
            and let `graphbuilder suggest --source ID` propose its facts.

            """,
        ["seeds/sources.yaml"] = """
            # yaml-language-server: $schema=../schema/seeds.schema.json
            sources:
              - id: example-report
                # from the text
                title: Albania cuts diplomatic ties with Iran over cyberattack
                # the curator's
                publisher: Example Wire
                published: 2022-09-07
                document: documents/example-report.txt
                note: An example to replace with your own reports.

            """,
        ["seeds/entities.yaml"] = """
            # yaml-language-server: $schema=../schema/seeds.schema.json
            entities:
              - id: albania
                kind: state
                name: Albania
                aliases: [Tirana]
              - id: iran
                kind: state
                name: Iran
                aliases: [Tehran]

            """,
        ["seeds/facts/example.yaml"] = """
            # yaml-language-server: $schema=../../schema/seeds.schema.json
            facts:
              - id: albania-severs-ties-with-iran
                type: SEVERS_TIES_WITH
                subject: albania
                object: iran
                date: 2022-09-07
                sources:
                  - source: example-report
                    quote: "Albania severed diplomatic ties with Iran on Wednesday"

            """,
        ["seeds/documents/example-report.txt"] = """
            Albania cuts diplomatic ties with Iran over cyberattack

            Albania severed diplomatic ties with Iran on Wednesday over a cyberattack on its government's digital infrastructure.

            """,
    };

    /// <summary>Writes the project into <paramref name="folder"/> (which must be empty or absent); returns the files written, relative to it.</summary>
    public static IReadOnlyList<string> Write(string folder, string schemaFolder)
    {
        var written = new List<string>();
        foreach (var (relative, text) in Files)
        {
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            written.Add(relative);
        }
        foreach (var file in Directory.EnumerateFiles(schemaFolder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.Combine("schema", Path.GetRelativePath(schemaFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, relative))!);
            File.Copy(file, Path.Combine(folder, relative));
            written.Add(relative);
        }
        return written;
    }
}
