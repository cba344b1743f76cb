using System.Text.RegularExpressions;

namespace GraphBuilder.Stores;

/// <summary>
/// The one place that hides secrets in text shown to anyone (errors, logs, the watch banner, <c>/health</c>,
/// <c>/api/status</c>, metrics): the password in a URI's userinfo (<c>scheme://user:password@host</c>, kept as
/// <c>user:***</c>) and the value of a secret-looking query parameter (<c>?password=</c>, <c>token=</c>, ...).
/// </summary>
public static partial class CredentialRedaction
{
    public const string Mask = "***";

    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        return SecretParameter().Replace(UserInfoPassword().Replace(text, Mask), Mask);
    }

    public static string Redact(Uri? uri) => Redact(uri?.OriginalString);

    // The password part of "scheme://user:password@": no '/', '@' or whitespace inside it.
    [GeneratedRegex(@"(?<=\b[a-z][a-z0-9+.\-]*://[^/\s:@]*:)[^/\s@]+(?=@)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UserInfoPassword();

    [GeneratedRegex(@"(?<=[?&;](?:password|passwd|pwd|pass|secret|token|access_token|apikey|api_key|key|auth)=)[^&#\s""']+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretParameter();
}
