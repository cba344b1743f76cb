namespace GraphBuilder.Validation;

/// <summary>Collects every problem found, so one run reports them all.</summary>
internal sealed class DiagnosticBag : GraphBuilder.Yaml.IYamlDiagnostics
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Exists(d => !d.IsWarning);

    public void Add(SourcePosition at, string message, string? hint = null) => _items.Add(new Diagnostic(at, message, hint));
    public void Warn(SourcePosition at, string message, string? hint = null) => _items.Add(new Diagnostic(at, message, hint, DiagnosticSeverity.Warning));

    /// <summary>An evidence flag: a warning whose message names its rule, as a curator's review does.</summary>
    public void Flag(SourcePosition at, Evidence.EvidenceFlag flag) =>
        _items.Add(new Diagnostic(at, $"{flag.Message} [{flag.Rule.Id}]", flag.Hint, DiagnosticSeverity.Warning) { EvidenceRule = flag.Rule });
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Sorted by file, line and column, for stable output.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => _items
        .OrderBy(d => d.Position.Path, StringComparer.Ordinal)
        .ThenBy(d => d.Position.Line)
        .ThenBy(d => d.Position.Column)
        .ToArray();
}
