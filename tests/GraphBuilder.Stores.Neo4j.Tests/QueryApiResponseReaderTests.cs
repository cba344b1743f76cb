using System.Text;
using System.Text.Json;

namespace GraphBuilder.Stores.Neo4j.Tests;

/// <summary>What each Query API endpoint must answer with a 2xx: anything else is a protocol error, never "no rows".</summary>
public sealed class QueryApiResponseReaderTests
{
    private const string Rows = """{"data":{"fields":["id"],"values":[[{"$type":"String","_value":"a"}]]},"bookmarks":[]}""";

    [Theory]
    [InlineData("Query", "", "an empty body")]
    [InlineData("Query", "<html>proxy</html>", "a body that is not JSON (\"<html>proxy</html>\")")]
    [InlineData("Query", """{"data":{"fields":["id"],"val""", "a body that is not JSON")]
    [InlineData("Query", "[]", "JSON that is not an object")]
    [InlineData("Query", """{"bookmarks":[]}""", "JSON without data.fields and data.values")]
    [InlineData("Query", """{"data":{"fields":["id"],"values":[["a"]]}}""", "a value that is not typed JSON")]
    [InlineData("Run", """{"data":{"fields":["id"]}}""", "JSON without data.fields and data.values")]
    [InlineData("Run", """{"data":{"fields":["id"],"values":[["a","b"]]}}""", "a row that does not have the 1 fields of data.fields")]
    [InlineData("Begin", """{"data":{"fields":[],"values":[]},"bookmarks":[]}""", "JSON without transaction.id")]
    [InlineData("Begin", "", "an empty body")]
    [InlineData("Commit", "[]", "JSON that is not an object")]
    [InlineData("Commit", "", "an empty body")]
    [InlineData("Rollback", "OK", "a body that is not JSON")]
    public void AnswerThatIsNotTheEndpointsJson_IsAProtocolError(string call, string body, string problem)
    {
        var response = Read(call, body, out var actual);

        Assert.Null(response);
        Assert.StartsWith(problem, actual, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Query", Rows)]
    [InlineData("Run", Rows)]
    [InlineData("Begin", """{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"tx1","expires":"2026-01-01T00:00:00Z"}}""")]
    [InlineData("Commit", """{"bookmarks":["FB:1"]}""")]
    [InlineData("Commit", """{"data":{"fields":[],"values":[]}}""")]
    [InlineData("Rollback", """{"data":{"fields":[],"values":[]},"bookmarks":[]}""")]
    public void DocumentedAnswer_IsRead(string call, string body)
    {
        Assert.NotNull(Read(call, body, out var problem));
        Assert.Equal("", problem);
    }

    private static QueryApiResponse? Read(string call, string body, out string problem)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        JsonDocument? document = null;
        try { document = JsonDocument.Parse(bytes); } catch (JsonException) { }
        using (document) return QueryApiResponseReader.TryRead(Enum.Parse<QueryApiCall>(call), bytes, document?.RootElement, out problem);
    }
}
