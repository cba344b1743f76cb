using GraphBuilder.Stores;

namespace GraphBuilder.Core.Tests.Stores;

public sealed class CredentialRedactionTests
{
    [Theory]
    [InlineData("at http://neo4j:s3cret@host:7474/ failed", "at http://neo4j:***@host:7474/ failed")]
    [InlineData("neo4j+s://user:p%40ss@abc.databases.neo4j.io", "neo4j+s://user:***@abc.databases.neo4j.io")]
    [InlineData("bolt://:only-password@host", "bolt://:***@host")]
    [InlineData("http://host:7474/?password=s3cret&db=x", "http://host:7474/?password=***&db=x")]
    [InlineData("http://host/?x=1&TOKEN=abc", "http://host/?x=1&TOKEN=***")]
    [InlineData("'http://u:pw@h:notaport'", "'http://u:***@h:notaport'")]
    public void Secrets_AreMasked(string text, string expected) => Assert.Equal(expected, CredentialRedaction.Redact(text));

    [Theory]
    [InlineData("http://host:7474/ (user 'neo4j')")]
    [InlineData("http://user@host/db/neo4j/query/v2")]
    [InlineData("Neo.ClientError.Security.Unauthorized: the client is unauthorized")]
    [InlineData("")]
    public void TextWithoutSecrets_IsUnchanged(string text) => Assert.Equal(text, CredentialRedaction.Redact(text));
}
