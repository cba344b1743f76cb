using Microsoft.Extensions.Options;

namespace GraphBuilder.Hosting;

/// <summary>Fails start-up with a clear message when the schema folder is missing or the seeds folder is unnamed.</summary>
internal sealed class GraphBuilderOptionsValidator : IValidateOptions<GraphBuilderOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphBuilderOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Seeds)) failures.Add("GraphBuilder:Seeds must name the seeds folder");
        var schema = options.ResolveSchemaFolder();
        if (!Directory.Exists(schema)) failures.Add($"schema folder '{schema}' does not exist (GraphBuilder:Schema / --schema)");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
