using System.Globalization;
using GraphBuilder.Graph;
using GraphBuilder.PageBenchmark;
using GraphBuilder.Generation;
using GraphBuilder.Schema;
using GraphBuilder.Web;
using Microsoft.Playwright;

// The web view's cost on a large graph (not a test): generate the synthetic corpus, export it as the
// self-contained page, load it in headless Chromium and time the first render, interactivity and
// panning. Usage: GraphBuilder.PageBenchmark [--facts 10000] [--seed 1] [--runs 3] [--schema schema] [--chromium /usr/bin/chromium]
// [--everything true] (open with #top=0: lay out the whole graph instead of the busiest entities first).
// --live true [--edits 7] [--profile true: the page's CPU profile over the last edit] [--cli src/GraphBuilder/bin/Release/net10.0/graphbuilder.dll]: save→page latency of one-fact edits
// under the real `watch` (LiveEditBenchmark), by default on `generate --facts 100000 --files 100 --entities 5000 --seed 7`.
var liveAt = Array.IndexOf(args, "--live");
var live = liveAt >= 0 && liveAt + 1 < args.Length && bool.Parse(args[liveAt + 1]);
var facts = live ? 100_000 : 10_000;
int? files = live ? 100 : null;
int? entities = live ? 5000 : null;
ulong seed = live ? 7UL : 1;
var edits = 7;
var profile = false;
var cli = Path.Combine("src", "GraphBuilder", "bin", "Release", "net10.0", "graphbuilder.dll");
var runs = 3;
var schema = "schema";
var chromium = "/usr/bin/chromium";
var fragment = "";
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--facts": facts = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--seed": seed = ulong.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--schema": schema = args[i + 1]; break;
        case "--chromium": chromium = args[i + 1]; break;
        case "--everything": fragment = bool.Parse(args[i + 1]) ? "#top=0" : ""; break;
        case "--live": live = bool.Parse(args[i + 1]); break;
        case "--files": files = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--entities": entities = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--edits": edits = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--cli": cli = args[i + 1]; break;
        case "--profile": profile = bool.Parse(args[i + 1]); break;
        default: Console.Error.WriteLine($"error: unknown option {args[i]}"); return 2;
    }
}
if (!File.Exists(chromium))
{
    Console.Error.WriteLine($"error: Chromium not found at {chromium} (apt-get install -y chromium, or pass --chromium PATH)");
    return 1;
}

var work = Directory.CreateTempSubdirectory("graphbuilder-page-bench-");
try
{
    var vocabulary = VocabularyLoader.LoadFromFolder(schema);
    var seeds = Path.Combine(work.FullName, "seeds");
    // The harness's corpus shape (bench/GraphBuilder.Benchmarks/CorpusShape.cs): a file per 1000 facts, an entity per 20.
    new CorpusGenerator(vocabulary).Generate(new GeneratorOptions(facts, files ?? Math.Max(1, facts / 1000), entities ?? Math.Max(20, facts / 20), seed), seeds);
    if (live)
    {
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"error: the CLI is not built at {cli} (dotnet build bench/GraphBuilder.PageBenchmark -c Release builds it, or pass --cli PATH)");
            return 1;
        }
        Console.WriteLine($"{facts:N0} facts in {files} files, {entities} entities, seed {seed}: watching with {cli}");
        return await LiveEditBenchmark.RunAsync(seeds, schema, chromium, Path.GetFullPath(cli), edits, profile);
    }
    var graph = new CorpusPipeline(vocabulary).Run(seeds).Graph ?? throw new InvalidOperationException("the generated corpus is invalid");
    var page = Path.Combine(work.FullName, "graph.html");
    await using (var output = File.Create(page)) HtmlGraphExporter.Write(graph, vocabulary, output);
    Console.WriteLine($"{facts:N0} facts: {graph.Nodes.Count:N0} nodes, {graph.Relationships.Count:N0} relationships; page {new FileInfo(page).Length / 1048576.0:0.0} MB");

    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
    var results = new List<PageTimings>();
    for (var run = 0; run <= runs; run++)
    {
        var timings = await MeasureAsync(browser, new Uri(page).AbsoluteUri + fragment);
        if (run == 0) continue; // warm-up: the browser's first page pays for its own start-up
        results.Add(timings);
        Console.WriteLine(Format(timings));
    }
    double Median(Func<PageTimings, double> pick) => results.Select(pick).Order().ElementAt(results.Count / 2);
    Console.WriteLine($"median of {results.Count}: first render {Median(t => t.FirstRender):0} ms, interactive {Median(t => t.Interactive):0} ms, " +
        $"pan frame median {Median(t => t.PanFrameMedian):0.0} ms, p95 {Median(t => t.PanFrameP95):0.0} ms");
    return 0;
}
finally
{
    work.Delete(recursive: true);
}

static async Task<PageTimings> MeasureAsync(IBrowser browser, string url)
{
    await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
    var page = await context.NewPageAsync();
    await page.GotoAsync(url, new() { Timeout = 300_000 });
    await page.WaitForFunctionAsync("() => window.graphView && graphView.timings && graphView.timings.interactive", null, new() { Timeout = 300_000 });
    var marks = await page.EvaluateAsync<double[]>("[graphView.timings.firstRender, graphView.timings.interactive]");
    var layout = await page.EvaluateAsync<string>("graphView.timings.layout");
    // Pan for 120 frames, one step per animation frame, and time each frame.
    var frames = await page.EvaluateAsync<double[]>("""
        () => new Promise(done => {
          const cy = graphView.cy, times = []; let last = performance.now();
          function step(now) { times.push(now - last); last = now; cy.panBy({ x: 4, y: 2 });
            if (times.length < 121) requestAnimationFrame(step); else done(times.slice(1)); }
          requestAnimationFrame(step);
        })
        """);
    var sorted = frames.Order().ToArray();
    return new PageTimings(marks[0], marks[1], sorted[sorted.Length / 2], sorted[(int)(sorted.Length * 0.95)], layout);
}

static string Format(PageTimings t) =>
    $"first render {t.FirstRender:0} ms, interactive {t.Interactive:0} ms, pan frame median {t.PanFrameMedian:0.0} ms, p95 {t.PanFrameP95:0.0} ms ({t.Layout})";
