namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// Maps the URIs users already have (what Aura hands out, what drivers take) to the HTTP endpoint of
/// the Query API: <c>http(s)://</c> as given; <c>neo4j+s://</c>, <c>bolt+s://</c>, <c>neo4j+ssc://</c>,
/// <c>bolt+ssc://</c> to <c>https://host</c> (Aura serves HTTPS on 443; self-managed servers on 7473,
/// give <see cref="Neo4jOptions.HttpPort"/>); <c>neo4j://</c> and <c>bolt://</c> to <c>http://host:7474</c>
/// or the given port. The Bolt port of the URI is never the HTTP port, so it is dropped.
/// </summary>
internal static class Neo4jEndpoint
{
    private static readonly HashSet<string> Secure = new(StringComparer.OrdinalIgnoreCase) { "neo4j+s", "neo4j+ssc", "bolt+s", "bolt+ssc" };
    private static readonly HashSet<string> Plain = new(StringComparer.OrdinalIgnoreCase) { "neo4j", "bolt" };

    public static bool IsSupported(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || Secure.Contains(uri.Scheme) || Plain.Contains(uri.Scheme));

    /// <summary>True when the URI is a driver URI that <see cref="QueryApi"/> rewrites.</summary>
    public static bool IsDriverUri(Uri uri) => uri.IsAbsoluteUri && (Secure.Contains(uri.Scheme) || Plain.Contains(uri.Scheme));

    /// <summary>The HTTP endpoint, without userinfo, query or fragment (credentials go in a header, see <see cref="Credentials"/>).</summary>
    public static Uri QueryApi(Uri uri, int? httpPort)
    {
        if (!IsDriverUri(uri)) return new UriBuilder(uri) { UserName = "", Password = "", Query = "", Fragment = "" }.Uri;
        var secure = Secure.Contains(uri.Scheme);
        var port = httpPort ?? (secure ? (IsAura(uri.Host) ? 443 : 7473) : 7474);
        return new UriBuilder(secure ? Uri.UriSchemeHttps : Uri.UriSchemeHttp, uri.Host, port).Uri;
    }

    /// <summary>
    /// The user and password to log in with: those of the URI's userinfo (<c>http://user:password@host</c>, as drivers
    /// and most tools take them) when it has a password, else <paramref name="user"/> and <paramref name="password"/>.
    /// </summary>
    public static (string User, string Password) Credentials(Uri? uri, string user, string password)
    {
        var info = uri is { IsAbsoluteUri: true } ? uri.UserInfo : "";
        var colon = info.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return (user, password);
        return (Uri.UnescapeDataString(info[..colon]) is { Length: > 0 } u ? u : user, Uri.UnescapeDataString(info[(colon + 1)..]));
    }

    private static bool IsAura(string host) => host.EndsWith(".neo4j.io", StringComparison.OrdinalIgnoreCase);
}
