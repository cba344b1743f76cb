namespace GraphBuilder.Yaml;

/// <summary>
/// The text uses YAML that <see cref="BlockYamlReader"/> leaves to YamlDotNet (flow style, anchors,
/// tags, multi-line plain scalars, tabs, CRLF...) or is not accepted at all; the caller reads it
/// again with <see cref="YamlEventReader"/>, which also words any error.
/// </summary>
internal sealed class NotInBlockSubsetException : Exception
{
    public NotInBlockSubsetException() : base("the text is outside the block-style YAML subset")
    {
    }
}
