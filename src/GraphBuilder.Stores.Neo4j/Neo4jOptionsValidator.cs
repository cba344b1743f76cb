using Microsoft.Extensions.Options;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>Checks <see cref="Neo4jOptions"/> at start-up and names every problem at once.</summary>
internal sealed class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
{
    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        var errors = new List<string>();
        var key = Neo4jOptions.SectionName;
        if (options.Uri is null) errors.Add($"{key}:Uri is required (e.g. http://localhost:7474 or neo4j+s://xxxx.databases.neo4j.io).");
        else if (!Neo4jEndpoint.IsSupported(options.Uri))
            errors.Add($"{key}:Uri must be an absolute http://, https://, neo4j://, neo4j+s://, neo4j+ssc://, bolt:// or bolt+s:// address, not '{CredentialRedaction.Redact(options.Uri)}'.");
        else if (options.Uri.Query.Length > 1 || options.Uri.Fragment.Length > 1)
            errors.Add($"{key}:Uri must not carry a query or fragment ('{CredentialRedaction.Redact(options.Uri)}'): " +
                       $"give the user and password as {key}:User and :Password (GraphBuilder__Neo4j__Password), or as http://user:password@host.");
        if (options.HttpPort is < 1 or > 65535) errors.Add($"{key}:HttpPort must be between 1 and 65535.");
        if (options.MaxTransactionRows < options.BatchSize) errors.Add($"{key}:MaxTransactionRows must be at least BatchSize ({options.BatchSize}).");
        if (options.ReadPageSize is < 1 or > 1_000_000) errors.Add($"{key}:ReadPageSize must be between 1 and 1000000.");
        if (options.MaxRetryTime < TimeSpan.Zero) errors.Add($"{key}:MaxRetryTime must not be negative.");
        if (string.IsNullOrWhiteSpace(options.Database)) errors.Add($"{key}:Database is required.");
        var (user, password) = Neo4jEndpoint.Credentials(options.Uri, options.User, options.Password);
        if (string.IsNullOrWhiteSpace(user)) errors.Add($"{key}:User is required.");
        if (string.IsNullOrEmpty(password)) errors.Add($"{key}:Password is required (set GraphBuilder__Neo4j__Password, or give it in the Uri as user:password@).");
        if (options.BatchSize is < 1 or > 100_000) errors.Add($"{key}:BatchSize must be between 1 and 100000.");
        if (options.RequestTimeout <= TimeSpan.Zero) errors.Add($"{key}:RequestTimeout must be positive.");
        if (options.TotalTimeout <= options.RequestTimeout) errors.Add($"{key}:TotalTimeout must be longer than RequestTimeout.");
        if (options.MaxRetryAttempts is < 0 or > 20) errors.Add($"{key}:MaxRetryAttempts must be between 0 and 20.");
        if (options.RetryBaseDelay < TimeSpan.Zero) errors.Add($"{key}:RetryBaseDelay must not be negative.");
        if (options.BreakDuration < TimeSpan.FromMilliseconds(500)) errors.Add($"{key}:BreakDuration must be at least 500ms.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
