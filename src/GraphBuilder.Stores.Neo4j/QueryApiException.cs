using System.Net;
using GraphBuilder.Stores;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// Neo4j answered a request with errors. The message names the server and the error codes,
/// never credentials; <see cref="StoreException.IsTransient"/> follows <see cref="TransientErrorClassifier"/>.
/// </summary>
internal sealed class QueryApiException(
    string message, HttpStatusCode statusCode, IReadOnlyList<QueryApiError> errors, bool isTransient, QueryApiFailure failure = QueryApiFailure.Error)
    : StoreException(message, isTransient)
{
    public HttpStatusCode StatusCode { get; } = statusCode;
    public IReadOnlyList<QueryApiError> Errors { get; } = errors;
    public QueryApiFailure Failure { get; } = failure;
}
