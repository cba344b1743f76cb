namespace GraphBuilder.Robustness.Tests.Properties;

/// <summary>
/// One edit of a <see cref="SeedModel"/>, decoded from a generated number so CsCheck can shrink sequences.
/// <see cref="Break"/> edits leave the model valid but corrupt the rendered folder in one of several ways.
/// </summary>
public static class SeedEdit
{
    public const int Break = 7;

    /// <summary>Applies edit <paramref name="code"/>; returns a short description and whether it breaks the seeds.</summary>
    public static (string Description, int? Breakage) Apply(SeedModel model, int code)
    {
        var (op, r) = (code % 8, code / 8);
        var entities = model.Entities.Keys.ToArray();
        var facts = model.Facts.Keys.ToArray();
        T Pick<T>(IReadOnlyList<T> items, int salt) => items[(r / (salt + 1) + salt) % items.Count];
        switch (op)
        {
            case 0:
                var id = $"e{r % 7}" + (r % 3 == 0 ? "-`'}) //" : "");
                model.Entities[id] = new(Pick(SeedModel.Kinds, 1), Pick(SeedModel.Names, 2), r % 2 == 0 ? [Pick(SeedModel.Names, 3)] : [], Pick(SeedModel.FileNames, 4));
                return ($"add/replace entity {id}", null);
            case 1 when entities.Length > 0:
                var changed = Pick(entities, 0);
                model.Entities[changed] = model.Entities[changed] with { Name = Pick(SeedModel.Names, 5), Aliases = [Pick(SeedModel.Names, 6), "alias " + r % 5] };
                return ($"change entity {changed}", null);
            case 2 when entities.Length > 0:
                var removed = Pick(entities, 0);
                model.Entities.Remove(removed);
                foreach (var f in model.Facts.Where(f => f.Value.Subject == removed || f.Value.Object == removed).Select(f => f.Key).ToArray()) model.Facts.Remove(f);
                return ($"remove entity {removed} and its facts", null);
            case 3 or 4 when entities.Length > 1:
                var subject = Pick(entities, 1);
                var @object = entities.Where(e => e != subject).ElementAt(r % (entities.Length - 1));
                var factId = op == 4 && facts.Length > 0 ? Pick(facts, 0) : $"f{r % 9}";
                model.Facts[factId] = new(Pick(SeedModel.Types, 2), subject, @object, Pick(SeedModel.Dates, 3), r % SeedModel.Sentences.Length, Pick(SeedModel.FileNames, 4));
                return ($"{(op == 3 ? "add" : "change")} fact {factId}", null);
            case 5 when facts.Length > 0:
                var gone = Pick(facts, 0);
                model.Facts.Remove(gone);
                return ($"remove fact {gone}", null);
            case 6:
                var from = Pick(SeedModel.FileNames, 0);
                var to = Pick(SeedModel.FileNames, 1);
                foreach (var (key, e) in model.Entities.Where(e => e.Value.File == from).ToArray()) model.Entities[key] = e with { File = to };
                foreach (var (key, f) in model.Facts.Where(f => f.Value.File == from).ToArray()) model.Facts[key] = f with { File = to };
                return ($"rename {from} to {to}", null);
            case Break:
                return ("break the seeds", r % 5);
            default:
                return ("no-op", null);
        }
    }

    /// <summary>Corrupts a rendered (valid) folder; the next render undoes it.</summary>
    public static void Corrupt(string seeds, int breakage)
    {
        var file = Path.Combine(seeds, "broken.yaml");
        File.WriteAllText(file, breakage switch
        {
            0 => "entities:\n  - id: [unclosed\n",
            1 => "facts:\n  - id: orphan\n    type: ACCUSES\n    subject: nobody\n    object: nobody-else\n    sources:\n      - source: src\n        quote: \"Alpha accused Beta of the outage on Monday.\"\n",
            2 => "entities:\n  - id: src\n    kind: state\n    name: Clash\n",
            3 => "entities:\n  - id: dated\n    kind: state\n    name: Dated\nfacts:\n  - id: bad-date\n    type: ACCUSES\n    subject: dated\n    object: dated\n    date: 2023-02-30\n    sources:\n      - source: src\n        quote: \"Alpha accused Beta of the outage on Monday.\"\n",
            _ => "entities:\n  - !!python/object/apply:os.system [\"touch pwned\"]\n",
        });
    }
}
