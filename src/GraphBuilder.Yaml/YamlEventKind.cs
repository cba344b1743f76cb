namespace GraphBuilder.Yaml;

/// <summary>The events a seed reader acts on; stream and document boundaries are <see cref="Other"/>.</summary>
internal enum YamlEventKind : byte
{
    Other,
    Scalar,
    MappingStart,
    MappingEnd,
    SequenceStart,
    SequenceEnd,
}
