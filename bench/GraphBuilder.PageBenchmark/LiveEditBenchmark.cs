using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GraphBuilder.PageBenchmark;

/// <summary>
/// <c>--live true</c>: the time from saving an edit of one fact to the open page showing it, end to end. Runs the real
/// CLI's <c>watch</c> (debounce, incremental sync, the web view's change feed) over a generated corpus, opens the
/// served page in headless Chromium, then, <c>edits</c> times, rewrites one fact's <c>about</c> in one seed file and
/// takes the time from just before the write to the first animation frame after the page applied the change
/// (<c>graphView.shownAt</c>, both on this machine's clock), checking that the page holds the new text and did not
/// fetch the whole graph again.
/// </summary>
internal static partial class LiveEditBenchmark
{
    public static async Task<int> RunAsync(string seeds, string schema, string chromium, string cli, int edits, bool profile)
    {
        var work = Path.GetDirectoryName(seeds)!;
        using var watch = StartWatch(cli, work, seeds, schema);
        try
        {
            return await MeasureAsync(watch, seeds, chromium, edits, profile);
        }
        finally
        {
            watch.Kill(entireProcessTree: true);
        }
    }

    private static async Task<int> MeasureAsync(Process watch, string seeds, string chromium, int edits, bool profile)
    {
        var url = await ViewUrlAsync(watch);
        using (var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) })
        {
            // The first sync writes the whole corpus; /api/graph answers 503 until it is done.
            while (!(await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url + "/api/graph"))).IsSuccessStatusCode)
                await Task.Delay(1000);
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        await MeasureFirstLoadsAsync(browser, url);
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        // Edits land anywhere in the corpus: the page holds the whole graph (drawing its busiest entities), as before the
        // first view was served small; drawing everything ("Show everything") would lay out 105k edges.
        await page.RouteAsync("**/api/graph?top=*", route => route.ContinueAsync(new() { Url = url + "/api/graph" }));
        var loaded = Stopwatch.StartNew();
        await page.GotoAsync(url + "/", new() { Timeout = 600_000 });
        await page.WaitForFunctionAsync("() => window.graphView && graphView.renders >= 1 && graphView.version !== undefined", null, new() { Timeout = 600_000 });
        Console.WriteLine($"page loaded in {loaded.Elapsed.TotalSeconds:0.0} s; {await page.EvaluateAsync<string>("graphView.stages")}");

        var changeBytes = 0L;
        page.Response += async (_, response) =>
        {
            if (response.Url.Contains("/api/changes", StringComparison.Ordinal)) Interlocked.Add(ref changeBytes, (await response.BodyAsync()).Length);
        };
        var files = Directory.GetFiles(seeds, "*.yaml").Order(StringComparer.Ordinal).ToArray();
        var latencies = new List<double>();
        var split = new List<double>(); // save to the page hearing of the change: debounce, sync, publish
        for (var i = 1; i <= edits; i++)
        {
            var file = files[i * 7 % files.Length];
            var text = await File.ReadAllTextAsync(file);
            var about = AboutLine().Match(text);
            if (!about.Success) throw new InvalidOperationException($"{file} has no 'about:' to edit");
            var edited = $"live edit {i} {Guid.NewGuid():N}";
            var version = await page.EvaluateAsync<long>("graphView.version");
            Interlocked.Exchange(ref changeBytes, 0);
            ICDPSession? profiler = null;
            if (profile && i == edits)
            {
                profiler = await context.NewCDPSessionAsync(page);
                await profiler.SendAsync("Profiler.enable");
                await profiler.SendAsync("Profiler.setSamplingInterval", new Dictionary<string, object> { ["interval"] = 200 });
                await profiler.SendAsync("Profiler.start");
            }
            var saved = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            await File.WriteAllTextAsync(file, string.Concat(text.AsSpan(0, about.Index), $"    about: \"{edited}\"", text.AsSpan(about.Index + about.Length)));
            await page.WaitForFunctionAsync("v => graphView.version > v && graphView.shownAt > 0", version, new() { Timeout = 120_000 });
            // shownAt is set on the frame after the version: wait for that frame.
            await page.WaitForFunctionAsync("() => graphView.shownAt >= graphView.appliedAt", null, new() { Timeout = 60_000 });
            var marks = await page.EvaluateAsync<double[]>("[graphView.eventAt, graphView.fetchedAt, graphView.appliedAt, graphView.shownAt, graphView.drawnAt || 0]");
            var shown = marks[3];
            var holds = await page.EvaluateAsync<bool>("t => graphView.state.model.elements.some(e => e.group === 'edges' && e.data.props.about === t)", edited);
            var status = await page.TextContentAsync("#status");
            var loads = await page.EvaluateAsync<int>("graphView.graphLoads");
            if (!holds) throw new InvalidOperationException($"edit {i}: the page does not hold '{edited}' (status: {status})");
            if (profiler is not null) PrintProfile(await profiler.SendAsync("Profiler.stop"));
            // For scale: how long the next frame takes on this machine when the page has nothing to do.
            var idleFrame = await page.EvaluateAsync<double>("() => new Promise(done => { const t = performance.now(); requestAnimationFrame(() => done(performance.now() - t)); })");
            latencies.Add(shown - saved);
            Console.WriteLine($"edit {i} ({Path.GetFileName(file)}): {shown - saved:0} ms from save to the page showing it " +
                $"(event {marks[0] - saved:0}, change sets read +{marks[1] - marks[0]:0}, applied +{marks[2] - marks[1]:0}, frame +{marks[3] - marks[2]:0}, cytoscape drawn at +{marks[4] - marks[2]:0}; an idle frame {idleFrame:0}); " +
                $"whole-graph loads so far {loads}; {await page.EvaluateAsync<string>("graphView.stages")}; change sets {changeBytes} bytes; status: {status}");
            split.Add(marks[0] - saved);
            await Task.Delay(1500); // outside the debounce window, so each edit is its own sync
        }
        var sorted = latencies.Order().ToArray();
        var heard = split.Order().ToArray();
        Console.WriteLine($"median of {sorted.Length} edits: {sorted[sorted.Length / 2]:0} ms (min {sorted[0]:0}, max {sorted[^1]:0}); " +
            $"of which save to event median {heard[heard.Length / 2]:0} ms; " +
            $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} ({Environment.ProcessorCount} cores)");
        return 0;
    }

    /// <summary>
    /// The served page's first load, three times each way, alternating: as before (the page's request for the busiest
    /// entities routed to the whole graph, which it then ranks itself) and as now (<c>/api/graph?top=50</c>): the
    /// bytes of the graph response and the time from navigation to the main thread free after the first render.
    /// </summary>
    private static async Task MeasureFirstLoadsAsync(IBrowser browser, string url)
    {
        var runs = new Dictionary<bool, List<(double Interactive, long Bytes)>> { [true] = [], [false] = [] };
        for (var i = 0; i < 6; i++)
        {
            var whole = i % 2 == 0;
            await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
            var page = await context.NewPageAsync();
            if (whole) await page.RouteAsync("**/api/graph?top=*", route => route.ContinueAsync(new() { Url = url + "/api/graph" }));
            var bytes = 0L;
            page.Response += async (_, response) =>
            {
                // The length the server sent (a 56 MB body is evicted from the browser's cache before it can be read back).
                if (response.Url.Contains("/api/graph", StringComparison.Ordinal) && long.TryParse(await response.HeaderValueAsync("content-length"), out var length))
                    Interlocked.Add(ref bytes, length);
            };
            await page.GotoAsync(url + "/", new() { Timeout = 600_000 });
            await page.WaitForFunctionAsync("() => window.graphView && graphView.timings && graphView.timings.interactive", null, new() { Timeout = 600_000 });
            var interactive = await page.EvaluateAsync<double>("graphView.timings.interactive");
            runs[whole].Add((interactive, Interlocked.Read(ref bytes)));
            Console.WriteLine($"first load {(whole ? "whole graph (before)" : "busiest entities (now)")}: interactive at {interactive / 1000:0.00} s, " +
                $"/api/graph {Interlocked.Read(ref bytes):N0} bytes; {await page.EvaluateAsync<string>("graphView.stages")}");
        }
        foreach (var (whole, list) in runs)
        {
            var sorted = list.Select(r => r.Interactive / 1000).Order().ToArray();
            Console.WriteLine($"first load {(whole ? "before" : "now")}: interactive median {sorted[sorted.Length / 2]:0.00} s ({sorted[0]:0.00}–{sorted[^1]:0.00}), " +
                $"{list[0].Bytes:N0} bytes; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        }
    }

    /// <summary>The page's busiest functions (self time) over the last edit, from a CPU profile of the page.</summary>
    private static void PrintProfile(System.Text.Json.JsonElement? result)
    {
        if (result is not { } root) return;
        var profile = root.GetProperty("profile");
        var nodes = profile.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetInt32(), n => n.GetProperty("callFrame"));
        var deltas = profile.GetProperty("timeDeltas").EnumerateArray().Select(d => d.GetDouble()).ToArray();
        var self = new Dictionary<string, double>();
        var samples = profile.GetProperty("samples").EnumerateArray().Select(x => x.GetInt32()).ToArray();
        for (var k = 0; k < samples.Length; k++)
        {
            var frame = nodes[samples[k]];
            var name = $"{frame.GetProperty("functionName").GetString()} ({Path.GetFileName(frame.GetProperty("url").GetString())}:{frame.GetProperty("lineNumber").GetInt32()})";
            self[name] = self.GetValueOrDefault(name) + (k + 1 < deltas.Length ? deltas[k + 1] : 0) / 1000.0;
        }
        foreach (var (name, ms) in self.OrderByDescending(kv => kv.Value).Take(15)) Console.WriteLine($"  profile: {ms,7:0.0} ms  {name}");
    }

    private static Process StartWatch(string cli, string work, string seeds, string schema)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "watch", "--seeds", seeds, "--schema", Path.GetFullPath(schema), "--db", Path.Combine(work, "graph.db"), "--web-urls", "http://127.0.0.1:0" })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the CLI");
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("watch: " + e.Data); };
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Reads the CLI's output until it prints where the graph view listens ("Graph view: http://127.0.0.1:PORT").</summary>
    private static async Task<string> ViewUrlAsync(Process watch)
    {
        while (await watch.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("Graph view: ", StringComparison.Ordinal))
            {
                // Keep draining the output so the CLI never blocks on a full pipe.
                _ = Task.Run(async () => { while (await watch.StandardOutput.ReadLineAsync() is not null) { } });
                return line["Graph view: ".Length..].Split(' ')[0].TrimEnd('/');
            }
        }
        throw new InvalidOperationException("watch ended before serving the graph view");
    }

    [GeneratedRegex(@"^    about: .*$", RegexOptions.Multiline)]
    private static partial Regex AboutLine();
}
