using System.Text.RegularExpressions;
using GraphBuilder.Graph;
using GraphBuilder.Testing;

namespace GraphBuilder.Web.Tests;

public sealed partial class GraphPageTests
{
    [Fact]
    public void RenderSelfContained_EscapesEveryValue_SoNoneCanEndTheDataElement()
    {
        var html = GraphPage.RenderSelfContained(TestGraphs.WithHostileText(), SomeVocabulary.FromRepository());
        var data = DataBlock().Match(html);

        Assert.True(data.Success);
        Assert.DoesNotContain("<", data.Groups[1].Value);
        Assert.DoesNotContain(">", data.Groups[1].Value);
        Assert.DoesNotContain("&", data.Groups[1].Value);
        Assert.DoesNotContain("\u2028", data.Groups[1].Value);
        Assert.DoesNotContain("__pwned", html.Replace(data.Groups[1].Value, "", StringComparison.Ordinal));
    }

    [Fact]
    public void RenderSelfContained_NeedsNoNetwork_AndAllowsOnlyItsOwnInlineScripts()
    {
        var html = GraphPage.RenderSelfContained(TestGraphs.AlbaniaCyberattack(), SomeVocabulary.FromRepository());

        Assert.DoesNotMatch(@"<(script|link|img)[^>]+(src|href)=""(https?:)?//", html);
        var csp = Regex.Match(html, "http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"").Groups[1].Value;
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("connect-src 'none'", csp);
        Assert.DoesNotContain("unsafe", csp);
        var inlineBlocks = Regex.Matches(html, "^(<script>|<style)", RegexOptions.Multiline).Count;
        Assert.Equal(inlineBlocks, Regex.Matches(csp, "'sha256-").Count);
    }

    [Fact]
    public void RenderLive_PointsAtTheGivenEndpoints_AndCarriesNoGraph()
    {
        var html = GraphPage.RenderLive(SomeVocabulary.FromRepository(), "/view/api/graph", "/view/api/events", "/view/api/status");

        Assert.Contains("\"graphUrl\":\"/view/api/graph\"", html);
        Assert.Contains("\"eventsUrl\":\"/view/api/events\"", html);
        Assert.Contains("\"statusUrl\":\"/view/api/status\"", html);
        Assert.Contains("<script type=\"application/json\" id=\"graphbuilder-data\">null</script>", html);
        Assert.Contains("connect-src 'self'", html);
    }

    [Fact]
    public void HtmlGraphExporter_WritesTheSelfContainedPage_AsUtf8WithoutBom()
    {
        var graph = TestGraphs.Chain(3);
        using var output = new MemoryStream();

        HtmlGraphExporter.Write(graph, SomeVocabulary.FromRepository(), output);

        var bytes = output.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(GraphPage.RenderSelfContained(graph, SomeVocabulary.FromRepository()), System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void RenderSelfContained_GivesThePageEachTypesCategory_FromTheVocabulary()
    {
        var html = GraphPage.RenderSelfContained(TestGraphs.Chain(2), SomeVocabulary.FromRepository());

        Assert.Contains("{\"name\":\"ACCUSES\",", html);
        Assert.Contains("\"category\":\"structural\"", html);
        Assert.Contains("\"category\":\"adversarial\"", html);
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"graphbuilder-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlock();
}
