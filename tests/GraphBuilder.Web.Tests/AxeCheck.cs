using GraphBuilder.Testing;

namespace GraphBuilder.Web.Tests;

/// <summary>
/// Runs axe-core (installed by test.sh with npm ci in tests/GraphBuilder.Web.Tests/axe) on the page
/// as it is now and returns its serious and critical violations, one line each.
/// </summary>
internal static class AxeCheck
{
    private static readonly Lazy<string> Script = new(() =>
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "GraphBuilder.Web.Tests", "axe", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(path))
            throw new InvalidOperationException($"axe-core is not installed at {path}: run `npm ci` in tests/GraphBuilder.Web.Tests/axe (./test.sh does).");
        return File.ReadAllText(path);
    });

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(PageSession session)
    {
        // Evaluated through the debugging protocol, so the page's Content-Security-Policy does not block it.
        if (!await session.EvalAsync<bool>("!!window.axe")) await session.EvalAsync<object?>(Script.Value + ";null");
        return await session.EvalAsync<string[]>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .flatMap(v => v.nodes.map(n => `${v.impact} ${v.id}: ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`));
            }
            """);
    }
}
