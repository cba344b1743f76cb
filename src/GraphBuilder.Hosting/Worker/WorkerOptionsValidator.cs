using Microsoft.Extensions.Options;

namespace GraphBuilder.Hosting.Worker;

/// <summary>Fails start-up when a worker delay is negative, the debounce cap is below the debounce, or the retry cap is below the first retry delay.</summary>
internal sealed class WorkerOptionsValidator : IValidateOptions<WorkerOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkerOptions options)
    {
        var failures = new List<string>();
        if (options.Debounce < TimeSpan.Zero) failures.Add($"{WorkerOptions.SectionName}:Debounce must not be negative (was {options.Debounce})");
        if (options.DebounceMaxWait < options.Debounce)
            failures.Add($"{WorkerOptions.SectionName}:DebounceMaxWait ({options.DebounceMaxWait}) must not be below Debounce ({options.Debounce})");
        if (options.RetryInitialDelay <= TimeSpan.Zero)
            failures.Add($"{WorkerOptions.SectionName}:RetryInitialDelay must be positive (was {options.RetryInitialDelay})");
        if (options.RetryMaxDelay < options.RetryInitialDelay)
            failures.Add($"{WorkerOptions.SectionName}:RetryMaxDelay ({options.RetryMaxDelay}) must not be below RetryInitialDelay ({options.RetryInitialDelay})");
        if (options.FolderCheckInterval <= TimeSpan.Zero)
            failures.Add($"{WorkerOptions.SectionName}:FolderCheckInterval must be positive (was {options.FolderCheckInterval})");
        if (options.StoreCheckInterval <= TimeSpan.Zero)
            failures.Add($"{WorkerOptions.SectionName}:StoreCheckInterval must be positive (was {options.StoreCheckInterval})");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
