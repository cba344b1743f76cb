using Microsoft.Extensions.Options;

namespace GraphBuilder.Hosting.Web;

/// <summary>
/// Fails start-up when <c>GraphBuilder:Web:AllowedHosts</c> is only separators (<c>";"</c>): it passes [Required] but
/// leaves the Host filter nothing to allow, and every request would fail with an empty 500.
/// </summary>
internal sealed class WebViewOptionsValidator : IValidateOptions<WebViewOptions>
{
    public ValidateOptionsResult Validate(string? name, WebViewOptions options) => options.AllowedHostList.Count == 0 && options.AllowedHosts.Length > 0
        ? ValidateOptionsResult.Fail($"{WebViewOptions.SectionName}:AllowedHosts '{options.AllowedHosts}' names no host; give at least one (e.g. localhost), or * for any")
        : ValidateOptionsResult.Success;
}
