using GraphBuilder.Graph;
using GraphBuilder.Graph.Values;

namespace GraphBuilder.Tests.Graph;

public sealed class PropertyMapTests
{
    [Fact]
    public void Of_KeepsKeysInOrdinalOrder_AndLeavesOutNullValues()
    {
        var map = PropertyMap.Of(("name", "b"), ("Zeta", 1), ("alpha", true), ("empty", (string?)null));

        Assert.Equal(["Zeta", "alpha", "name"], map.Keys);
        Assert.Equal([new IntegerValue(1), BooleanValue.Of(true), new StringValue("b")], map.Values);
        Assert.Equal(3, map.Count);
        Assert.Equal(new StringValue("b"), map["name"]);
        Assert.Equal("b", map.GetString("name"));
        Assert.Null(map.GetString("Zeta"));
        Assert.False(map.ContainsKey("empty"));
    }

    [Fact]
    public void With_ReturnsANewMap_AndLeavesTheOriginalAsItWas()
    {
        // Hashes are taken from maps: a map that changed after hashing would carry a stale hash.
        var original = PropertyMap.Of(("b", "x"), ("d", 1));

        var added = original.With("a", "new");
        var replaced = original.With("b", "y");
        var removed = original.With("b", null);

        Assert.Equal(["b", "d"], original.Keys);
        Assert.Equal("x", original.GetString("b"));
        Assert.Equal(["a", "b", "d"], added.Keys);
        Assert.Equal("y", replaced.GetString("b"));
        Assert.Equal(["d"], removed.Keys);
        Assert.Same(original, original.With("missing", null));
    }

    [Fact]
    public void Empty_CannotBeChangedThroughWith()
    {
        var changed = PropertyMap.Empty.With("a", "x");

        Assert.Empty(PropertyMap.Empty);
        Assert.Single(changed);
    }

    [Fact]
    public void MissingKeys_DuplicateKeys_AndNullKeys_AreRejected()
    {
        var map = PropertyMap.Of(("a", "x"));

        Assert.Throws<KeyNotFoundException>(() => map["b"]);
        Assert.False(map.TryGetValue("b", out _));
        Assert.Throws<ArgumentException>(() => PropertyMap.Of(("a", "x"), ("a", "y")));
        Assert.Throws<ArgumentNullException>(() => map.With(null!, "x"));
    }

    [Fact]
    public void Values_CompareByValue_ListsItemByItem()
    {
        Assert.Equal(new StringListValue(["a", "b"]), new StringListValue(new List<string> { "a", "b" }));
        Assert.NotEqual(new StringListValue(["a", "b"]), new StringListValue(["b", "a"]));
        Assert.NotEqual<PropertyValue>(new StringValue("1"), new IntegerValue(1));
        Assert.Equal(new DateValue(new DateOnly(2022, 9, 7)), new DateValue(new DateOnly(2022, 9, 7)));
    }

    [Fact]
    public void MapsBuiltByShape_ShareTheirKeys_AndLeaveOutNullValues()
    {
        var shape = new PropertyShape("count", "name");

        var first = shape.Map([7L, "x"]);
        var second = shape.Map([null, "y"]);

        Assert.Equal(["count", "name"], first.Keys);
        Assert.Equal(["name"], second.Keys);
        Assert.Throws<ArgumentException>(() => shape.Map(["only one"]));
    }

    [Fact]
    public void TypedGetters_ReturnNull_ForAnotherType()
    {
        var map = PropertyMap.Of(("d", new DateOnly(2022, 9, 7)), ("l", new[] { "a" }), ("s", "text"));

        Assert.Equal(new DateOnly(2022, 9, 7), map.GetDate("d"));
        Assert.Equal(["a"], map.GetStrings("l")!);
        Assert.Null(map.GetDate("s"));
        Assert.Null(map.GetStrings("s"));
        Assert.Null(map.GetString("d"));
    }
}
