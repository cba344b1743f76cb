namespace GraphBuilder.Queries;

/// <summary>Which entity filter a canned query needs before it can run.</summary>
public enum EntityRequirement
{
    None,
    Subject,
    Object,
    Either,
}
