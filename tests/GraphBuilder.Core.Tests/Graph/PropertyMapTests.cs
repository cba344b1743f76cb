using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Graph;

public sealed class PropertyMapTests
{
    [Fact]
    public void Set_KeepsKeysInOrdinalOrder_AndReplacesAnExistingKey()
    {
        var map = new PropertyMap().Set("name", "a").Set("Zeta", 1).Set("alpha", true).Set("name", "b").Set("empty", null);

        Assert.Equal(["Zeta", "alpha", "name"], map.Keys);
        Assert.Equal([1L, true, "b"], map.Values);
        Assert.Equal(3, map.Count);
        Assert.Equal("b", map["name"]);
        Assert.Equal("b", map.GetString("name"));
        Assert.Null(map.GetString("Zeta"));
        Assert.False(map.ContainsKey("empty"));
        Assert.Equal([new KeyValuePair<string, object>("Zeta", 1L), new("alpha", true), new("name", "b")], map);
    }

    [Fact]
    public void MissingKeys_AndUnsupportedValues_AreRejected()
    {
        var map = new PropertyMap().Set("a", "x");

        Assert.Throws<KeyNotFoundException>(() => map["b"]);
        Assert.False(map.TryGetValue("b", out _));
        Assert.Throws<ArgumentException>(() => map.Set("b", new object()));
        Assert.Throws<ArgumentNullException>(() => map.Set(null!, "x"));
    }

    [Fact]
    public void MapsBuiltByShape_RejectUnsupportedValues_Too()
    {
        // The compiler's path skips Set; hashes and store encoders must never meet a type they cannot write.
        var shape = new PropertyShape("count", "name");

        var error = Assert.Throws<ArgumentException>(() => shape.Map([42, "x"]));

        Assert.Contains("Property 'count' has unsupported type Int32", error.Message);
        Assert.Equal(["count", "name"], shape.Map([7L, "x"]).Keys);
    }
}
