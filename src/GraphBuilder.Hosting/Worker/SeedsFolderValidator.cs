using Microsoft.Extensions.Options;

namespace GraphBuilder.Hosting.Worker;

/// <summary>
/// The worker watches the seeds folder, so it must exist when the host starts (a one-shot sync instead
/// reports a missing folder as a diagnostic). Registered only by <c>AddGraphBuilderWorker</c>.
/// </summary>
internal sealed class SeedsFolderValidator : IValidateOptions<GraphBuilderOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphBuilderOptions options)
    {
        // A blank value is already reported by GraphBuilderOptionsValidator.
        if (string.IsNullOrWhiteSpace(options.Seeds) || Directory.Exists(options.Seeds)) return ValidateOptionsResult.Success;
        return ValidateOptionsResult.Fail(
            $"seeds folder '{Path.GetFullPath(options.Seeds)}' does not exist (GraphBuilder:Seeds / --seeds); the worker needs a folder to watch");
    }
}
