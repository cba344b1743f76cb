using GraphBuilder.Validation;

namespace GraphBuilder.Yaml;

/// <summary>Where the readers report a file's problems; Core's <c>DiagnosticBag</c> is the one used.</summary>
internal interface IYamlDiagnostics
{
    void Add(SourcePosition at, string message, string? hint = null);
}
