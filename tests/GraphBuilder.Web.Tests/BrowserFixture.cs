using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(GraphBuilder.Web.Tests.BrowserFixture))]

namespace GraphBuilder.Web.Tests;

/// <summary>
/// One headless Chromium for the whole run. Playwright cannot download its own browsers here, so
/// this uses the distribution's Chromium (override with GRAPHBUILDER_CHROMIUM) and fails, never
/// skips, when it is missing.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string DefaultChromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser was not started.");

    public async ValueTask InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("GRAPHBUILDER_CHROMIUM") is { Length: > 0 } custom ? custom : DefaultChromium;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"The graph view browser tests need Chromium at {executable}, which does not exist. " +
                "Install it with `apt-get install -y chromium` (Debian), or set GRAPHBUILDER_CHROMIUM to a Chromium executable.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
