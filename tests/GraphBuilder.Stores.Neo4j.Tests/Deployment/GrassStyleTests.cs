using GraphBuilder.Testing;

namespace GraphBuilder.Stores.Neo4j.Tests.Deployment;

public sealed class GrassStyleTests
{
    [Fact]
    public void StyleSheet_ColoursEveryLabelAndRelationshipType()
    {
        var grass = File.ReadAllText(RepoPaths.File("docs", "neo4j", "neo4j-browser.grass"));
        var vocabulary = SomeVocabulary.FromRepository();

        foreach (var label in vocabulary.NodeLabels)
            Assert.Matches($@"node\.{label} \{{[^}}]*color: #[0-9A-Fa-f]{{6}}", grass);
        foreach (var type in vocabulary.RelationshipTypes.Keys)
            Assert.Matches($@"relationship\.{type} \{{[^}}]*color: #[0-9A-Fa-f]{{6}}", grass);
    }
}
