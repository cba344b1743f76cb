using System.Runtime.CompilerServices;
using System.Buffers;
using GraphBuilder.Schema;
using GraphBuilder.Validation;
using GraphBuilder.Yaml;

namespace GraphBuilder.Facts;

/// <summary>
/// Reads one seed file into records, reporting every problem the file has on its own. Records
/// are built straight from the parser's events (no tree); diagnostics come in the same order as
/// a tree walk would give them: the file's unknown keys, then the sources, entities and facts
/// sections, and within a record its unknown keys, its fields in a fixed order, then its citations.
/// Thread-safe: each read has its own state.
/// </summary>
internal sealed class SeedFileReader(Vocabulary vocabulary, SeedLimits? limits = null)
{
    private static readonly string[] TopKeys = ["sources", "entities", "facts"];
    private static readonly string[] SourceKeys = ["id", "title", "publisher", "published", "document", "url", "note", "dateline", "credit", "carries", "body"];
    private static readonly string[] CitationKeys = ["source", "quote", "context", "reviewed"];
    private static readonly string[] ReviewKeys = ["flag", "by", "on", "note"];
    private static readonly string[] FactKeys = ["id", "type", "subject", "object", "date", "from", "to", "about", "note", "statement", "disputes", "sources"];
    private static readonly string[] EntityBaseKeys = ["id", "kind", "name", "aliases", "role", "note", "sources"];

    private readonly Vocabulary _vocabulary = vocabulary;
    private readonly TextFieldCheck _text = new(limits ?? new SeedLimits());
    private readonly string[] _entityKeys = [.. EntityBaseKeys, .. vocabulary.EntityFields.Keys.Order(StringComparer.Ordinal)];

    // Values with many occurrences and few distinct strings: references to things defined elsewhere, and dates.
    private static readonly HashSet<string> PooledKeys = new(StringComparer.Ordinal) { "type", "kind", "subject", "object", "source", "date", "from", "to" };

    public SeedFile Read(ReadOnlySpan<byte> bytes, string path) => Read(bytes, path, null);

    /// <summary>Reads a file, taking reference strings (types, kinds, ids referred to) from <paramref name="pool"/> when given.</summary>
    public SeedFile Read(ReadOnlySpan<byte> bytes, string path, StringPool? pool)
    {
        var diagnostics = new DiagnosticBag();
        // The text goes into a pooled buffer, not a string: a seed file is often larger than the
        // large-object threshold, and one such allocation per file forces a full collection every few files.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var length = YamlTextDecoder.DecodeInto(bytes, buffer, path, diagnostics);
            if (length < 0) return SeedFile.Failed(path, diagnostics.Items);
            var text = buffer.AsMemory(0, length);
            using (var block = BlockYamlReader.TryRead(text, path))
            {
                if (block is not null)
                {
                    try
                    {
                        return new FileRead(this, block, path, pool).Run();
                    }
                    catch (NotInBlockSubsetException)
                    {
                        // Something the block reader leaves to YamlDotNet: read the file again from the start.
                    }
                }
            }
            return new FileRead(this, new YamlEventReader(text, path, diagnostics), path, pool).Run();
        }
        catch (YamlRejectedException)
        {
            // A YAML-level problem ends the read; shape problems found before it are not reported.
            return SeedFile.Failed(path, diagnostics.Items);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The state of one file's read.</summary>
    private sealed class FileRead(SeedFileReader owner, YamlEventSource events, string path, StringPool? pool)
    {
        private readonly CapturedMapping _citation = new("a source citation", CitationKeys);
        private readonly CapturedMapping _review = new("a review", ReviewKeys);
        private readonly List<ReviewRecord> _reviews = [];
        private readonly List<Diagnostic> _top = [];
        private readonly List<Diagnostic>[] _sections = [[], [], []];
        private readonly List<Diagnostic> _citationDiagnostics = [];
        private readonly List<CitationRecord> _citations = [];
        private readonly List<SourceRecord> _sources = [];
        private readonly List<EntityRecord> _entities = [];
        private readonly List<FactRecord> _facts = [];
        private readonly CapturedMapping _source = new("a source", SourceKeys);
        private readonly CapturedMapping _entity = new("an entity", owner._entityKeys);
        private readonly CapturedMapping _fact = new("a fact", FactKeys);

        public SeedFile Run()
        {
            CapturedNode? root = null;
            while (events.Next())
            {
                if (events.Kind is YamlEventKind.Other) continue;
                if (events.Kind == YamlEventKind.MappingStart)
                {
                    root = CapturedNode.Nested(CapturedShape.Mapping, events.At);
                    ReadTop();
                }
                else
                {
                    root = Capture();
                }
            }

            if (root is not { } top || top.IsNull)
            {
                _top.Clear();
                _top.Add(new Diagnostic(SourcePosition.StartOf(path), "file has no content",
                    "a seed file is a mapping with 'sources:', 'entities:' and/or 'facts:' lists"));
                return SeedFile.Failed(path, _top);
            }
            if (top.Shape != CapturedShape.Mapping)
                return SeedFile.Failed(path, [new Diagnostic(top.At, $"a seed file must be a mapping (key: value pairs), found {top.Describe()}")]);

            foreach (var section in _sections) _top.AddRange(section);
            foreach (var source in _sources) owner._text.Check(source, _top);
            foreach (var entity in _entities) owner._text.Check(entity, _top);
            foreach (var fact in _facts) owner._text.Check(fact, _top);
            return new SeedFile(path, _sources, _entities, _facts, _top);
        }

        /// <summary>The file's mapping: <c>sources:</c>, <c>entities:</c>, <c>facts:</c>.</summary>
        private void ReadTop()
        {
            while (NextKey() is { } key)
            {
                var section = Array.IndexOf(TopKeys, key);
                if (section < 0)
                {
                    _top.Add(new Diagnostic(events.At, $"unknown key '{key}' in a seed file",
                        DidYouMean.Hint(key, TopKeys) ?? "allowed keys: " + string.Join(", ", TopKeys)));
                    events.Next();
                    events.SkipNode();
                    continue;
                }
                events.Next();
                ReadSection(section, TopKeys[section]);
            }
        }

        private void ReadSection(int section, string key)
        {
            var diagnostics = _sections[section];
            if (events.Kind != YamlEventKind.SequenceStart)
            {
                var node = Capture();
                if (!node.IsNull) diagnostics.Add(new Diagnostic(node.At, $"'{key}' must be a list ('- ' items), found {node.Describe()}"));
                return;
            }
            while (events.Next() && events.Kind != YamlEventKind.SequenceEnd)
            {
                var mapping = section switch { 0 => _source, 1 => _entity, _ => _fact };
                if (events.Kind != YamlEventKind.MappingStart)
                {
                    var node = Capture();
                    diagnostics.Add(new Diagnostic(node.At, $"{mapping.What} must be a mapping (key: value pairs), found {node.Describe()}"));
                    continue;
                }
                _citationDiagnostics.Clear();
                var citations = CaptureRecord(mapping, diagnostics, citationsKey: section == 0 ? null : "sources");
                switch (section)
                {
                    case 0: _sources.Add(MakeSource(mapping)); break;
                    case 1: _entities.Add(MakeEntity(mapping, citations)); break;
                    default: _facts.Add(MakeFact(mapping, citations)); break;
                }
            }
        }

        /// <summary>Streams one record mapping into <paramref name="mapping"/>; its citations are read as they come.</summary>
        [MethodImpl(HotPath.Options)]
        private CitationRecord[] CaptureRecord(CapturedMapping mapping, List<Diagnostic> diagnostics, string? citationsKey)
        {
            mapping.Begin(events.At, diagnostics);
            CitationRecord[]? citations = null;
            while (NextKey() is { } key)
            {
                var keyAt = events.At;
                if (!mapping.Accepts(key, keyAt))
                {
                    events.Next();
                    events.SkipNode();
                    continue;
                }
                events.Next();
                if (key == citationsKey && events.Kind == YamlEventKind.SequenceStart)
                {
                    var at = events.At;
                    _citations.Clear();
                    var count = ReadCitations(_citations);
                    // Kept for the whole load: an exact-size array, not a list with spare capacity.
                    citations = [.. _citations];
                    mapping.Add(key, new CapturedNode(CapturedShape.Sequence, at, "", false, 0, count));
                }
                else if (events.Kind == YamlEventKind.SequenceStart)
                {
                    var at = events.At;
                    var first = mapping.ItemCount;
                    while (events.Next() && events.Kind != YamlEventKind.SequenceEnd) mapping.AddItem(Capture());
                    mapping.Add(key, new CapturedNode(CapturedShape.Sequence, at, "", false, first, mapping.ItemCount - first));
                }
                else mapping.Add(key, CaptureValue(key));
            }
            return citations ?? [];
        }

        /// <summary>The items of a record's <c>sources:</c> list; their problems are kept aside until the record's own fields are checked.</summary>
        private int ReadCitations(List<CitationRecord> citations)
        {
            var count = 0;
            while (events.Next() && events.Kind != YamlEventKind.SequenceEnd)
            {
                count++;
                if (events.Kind != YamlEventKind.MappingStart)
                {
                    var node = Capture();
                    _citationDiagnostics.Add(new Diagnostic(node.At, $"{_citation.What} must be a mapping (key: value pairs), found {node.Describe()}"));
                    continue;
                }
                _citation.Begin(events.At, _citationDiagnostics);
                ReviewRecord[] reviews = [];
                while (NextKey() is { } key)
                {
                    var keyAt = events.At;
                    events.Next();
                    if (!_citation.Accepts(key, keyAt)) events.SkipNode();
                    else if (key == "reviewed" && events.Kind == YamlEventKind.SequenceStart)
                    {
                        var at = events.At;
                        reviews = ReadReviews();
                        _citation.Add(key, new CapturedNode(CapturedShape.Sequence, at, "", false, 0, reviews.Length));
                    }
                    else _citation.Add(key, CaptureValue(key));
                }
                if (_citation.Node("reviewed") is { Shape: not CapturedShape.Sequence } single)
                    _citation.Report(single.At, $"'reviewed' must be a list ('- ' items of flag, by, on, note), found {single.Describe()}");
                citations.Add(new CitationRecord(_citation.Required("source"), _citation.Required("quote"), _citation.Position, _citation.Optional("context"))
                {
                    Reviews = reviews,
                });
            }
            return count;
        }

        /// <summary>The items of a citation's <c>reviewed:</c> list: each a mapping of flag, by, on and note, all required.</summary>
        private ReviewRecord[] ReadReviews()
        {
            _reviews.Clear();
            while (events.Next() && events.Kind != YamlEventKind.SequenceEnd)
            {
                if (events.Kind != YamlEventKind.MappingStart)
                {
                    var node = Capture();
                    _citationDiagnostics.Add(new Diagnostic(node.At, $"{_review.What} must be a mapping (flag, by, on, note), found {node.Describe()}"));
                    continue;
                }
                _review.Begin(events.At, _citationDiagnostics);
                while (NextKey() is { } key)
                {
                    var keyAt = events.At;
                    events.Next();
                    if (_review.Accepts(key, keyAt)) _review.Add(key, Capture());
                    else events.SkipNode();
                }
                _reviews.Add(new ReviewRecord(_review.Required("flag"), _review.Required("by"), _review.Required("on"), _review.Required("note"), _review.Position));
            }
            return [.. _reviews];
        }

        /// <summary>Moves to the next key of the current mapping; null at its end.</summary>
        private string? NextKey()
        {
            events.Next();
            if (events.Kind == YamlEventKind.MappingEnd) return null;
            if (events.Kind == YamlEventKind.Scalar) return events.Value;
            // A list or mapping as a key: the event reader rejects it when it ends.
            events.SkipNode();
            throw new InvalidOperationException("a non-scalar mapping key was not rejected");
        }

        /// <summary>A key's value; a reference's text comes from the pool.</summary>
        private CapturedNode CaptureValue(string key)
        {
            if (pool is null || events.Kind != YamlEventKind.Scalar || !PooledKeys.Contains(key)) return Capture();
            return CapturedNode.Scalar(events.At, pool.Intern(events.ValueSpan), events.IsPlain);
        }

        /// <summary>The current node as kept for messages; a list or mapping is skipped.</summary>
        private CapturedNode Capture()
        {
            if (events.Kind == YamlEventKind.Scalar) return CapturedNode.Scalar(events.At, events.Value, events.IsPlain);
            var node = CapturedNode.Nested(events.Kind == YamlEventKind.MappingStart ? CapturedShape.Mapping : CapturedShape.Sequence, events.At);
            events.SkipNode();
            return node;
        }

        private static SourceRecord MakeSource(CapturedMapping m) => new(
            m.Required("id"), m.Required("title"), m.Required("publisher"), m.Required("published"), m.Required("document"),
            m.Optional("url"), m.Optional("note"), m.Position, m.Optional("dateline"), m.Optional("credit"), m.Optional("carries"), m.Optional("body"));

        private EntityRecord MakeEntity(CapturedMapping m, CitationRecord[] citations)
        {
            var links = new List<EntityLink>();
            for (var i = 0; i < m.Count; i++)
            {
                var key = m.KeyAt(i);
                if (!owner._vocabulary.EntityFields.ContainsKey(key)) continue;
                foreach (var target in m.List(key, allowSingle: true)) links.Add(new EntityLink(key, target));
            }
            return new EntityRecord(
                m.Required("id"), m.Required("kind"), m.Required("name"), m.List("aliases", allowSingle: false),
                m.Optional("role"), m.Optional("note"), links, Citations(m, citations, required: false), m.Position);
        }

        private FactRecord MakeFact(CapturedMapping m, CitationRecord[] citations) => new(
            m.Required("id"), m.Required("type"), m.Required("subject"), m.Required("object"),
            m.Optional("date"), m.Optional("from"), m.Optional("to"), m.Optional("about"), m.Optional("note"),
            Citations(m, citations, required: true), m.Position, m.Optional("statement"), m.List("disputes", allowSingle: true));

        private CitationRecord[] Citations(CapturedMapping m, CitationRecord[] citations, bool required)
        {
            if (!m.CheckItems("sources", required)) return [];
            m.AddDiagnostics(_citationDiagnostics);
            return citations;
        }
    }
}
