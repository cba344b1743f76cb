namespace GraphBuilder.Yaml;

/// <summary>Ends a read after <see cref="YamlEventReader"/> reported why the text is not accepted (the diagnostic is already added).</summary>
internal sealed class YamlRejectedException : Exception
{
    public YamlRejectedException() : base("the YAML text was rejected; see the diagnostics")
    {
    }
}
