using System.Globalization;
using GraphBuilder.Graph;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// Counts a retry on <see cref="PipelineMetrics.StoreRetries"/>, for both the request pipeline and the
/// whole-transaction pipeline, labelled by Neo4j's error code, else the HTTP status, else the exception's type.
/// </summary>
internal static class StoreRetryCounter
{
    public static void Count(string? code, int? status, Exception? exception) =>
        PipelineMetrics.StoreRetries.Add(1, new KeyValuePair<string, object?>("error.type", CredentialRedaction.Redact(ErrorType(code, status, exception))));

    private static string ErrorType(string? code, int? status, Exception? exception) =>
        code is { Length: > 0 } ? code
        : status is { } s ? s.ToString(CultureInfo.InvariantCulture)
        : exception is not null ? exception.GetType().FullName ?? exception.GetType().Name
        : "unknown";
}
