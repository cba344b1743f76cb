using Microsoft.Playwright;

namespace GraphBuilder.Web.Tests;

internal static class Assertions
{
    /// <summary>Waits (up to 30 s, no timing assertion) for an element's text to become <paramref name="expected"/>.</summary>
    public static async Task ExpectTextAsync(PageSession session, string selector, string expected)
    {
        try
        {
            await session.Page.WaitForFunctionAsync(
                "([sel, text]) => document.querySelector(sel)?.textContent === text",
                new[] { selector, expected }, new PageWaitForFunctionOptions { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            Assert.Equal(expected, await session.Page.TextContentAsync(selector));
        }
    }
}
