using GraphBuilder.Graph;
using GraphBuilder.Graph.Values;

namespace GraphBuilder.Stores.Embedded.Tests;

public sealed class StoredPropertyCodecTests
{
    [Fact]
    public void Encode_WritesTheStoredFormat_ForEveryValueType()
    {
        // Stores written by earlier builds hold this format; a change would make them unreadable or stale.
        var properties = PropertyMap.Of(("b", false), ("d", new DateOnly(2022, 9, 7)), ("f", 2.0), ("i", 42), ("l", new[] { "a", "\"q\"" }), ("s", "line\r\n"));

        var text = StoredPropertyCodec.Encode(properties);

        Assert.Equal("""{"b":false,"d":{"$date":"2022-09-07"},"f":{"$float":"2"},"i":42,"l":["a","\u0022q\u0022"],"s":"line\r\n"}""", text);
        Assert.Equal(properties, StoredPropertyCodec.Decode(text));
    }

    [Fact]
    public void Decode_RefusesAPropertyNamedTwice_AsAStoreError()
    {
        var error = Assert.Throws<StoreException>(() => StoredPropertyCodec.Decode("""{"a":"x","a":"y"}"""));

        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }
}
