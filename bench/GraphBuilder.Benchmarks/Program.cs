using System.Diagnostics;
using System.Text.Json;
using GraphBuilder.Benchmarks;
using GraphBuilder.Generation;
using GraphBuilder.Schema;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    Console.Error.WriteLine(BenchOptions.Usage);
    return 1;
}

if (options.FloorFolder is { } floorFolder)
{
    GoalRuns.Floor(floorFolder);
    return 0;
}

if (options.Child is { } childFacts)
{
    if (options.PhasesOnly)
    {
        new SizeRunner(options, childFacts).PrintPhases();
        return 0;
    }
    // In the child: measure one size and hand the result back as the last stdout line.
    var result = await new SizeRunner(options, childFacts).RunAsync();
    Console.WriteLine(JsonSerializer.Serialize(result));
    return 0;
}

var machine = MachineInfo.Current();
var started = DateTimeOffset.UtcNow;
Console.Error.WriteLine($"{machine.Cpu}, {machine.Cores} cores, {machine.Runtime}; load average {machine.LoadAverage}");
if (options.Goals)
{
    var goals = new List<GoalResult>();
    foreach (var facts in options.Sizes.Order())
    {
        EnsureCorpus(options, facts);
        goals.Add(await GoalRuns.MeasureAsync(options, facts, options.Runs ?? 5));
    }
    var table = GoalsTable.Markdown(machine, started, goals);
    Directory.CreateDirectory(options.ResultsFolder);
    File.WriteAllText(Path.Combine(options.ResultsFolder, "goals.md"), table);
    File.WriteAllText(Path.Combine(options.ResultsFolder, "goals.json"), JsonSerializer.Serialize(goals, new JsonSerializerOptions { WriteIndented = true }));
    Console.WriteLine(table);
    Console.WriteLine($"written to {Path.Combine(options.ResultsFolder, "goals.md")} and goals.json");
    return 0;
}

var results = new List<SizeResult>();
foreach (var facts in options.Sizes.Order())
{
    EnsureCorpus(options, facts);
    results.Add(RunChild(options, facts));
    Console.Error.WriteLine(ResultsWriter.Markdown(machine, started, results));
}
ResultsWriter.Write(options.ResultsFolder, machine, started, results);
Console.WriteLine(ResultsWriter.Markdown(machine, started, results));
Console.WriteLine($"written to {Path.Combine(options.ResultsFolder, "latest.md")} and latest.json");
return 0;

static void EnsureCorpus(BenchOptions options, int facts)
{
    var folder = CorpusShape.Folder(options, facts);
    if (Directory.Exists(folder)) return;
    var shape = CorpusShape.For(facts, options.Seed);
    var partial = folder + ".partial";
    if (Directory.Exists(partial)) Directory.Delete(partial, recursive: true);
    var watch = Stopwatch.StartNew();
    var summary = new CorpusGenerator(VocabularyLoader.LoadFromFolder(options.SchemaFolder)).Generate(shape, partial);
    Directory.Move(partial, folder);
    Console.Error.WriteLine($"generated {folder}: {summary.Files} files, {summary.Entities} entities, {summary.Facts} facts, " +
        $"{summary.Bytes / 1048576.0:0.0} MB in {watch.Elapsed.TotalSeconds:0.0} s");
}

static SizeResult RunChild(BenchOptions options, int facts)
{
    var self = typeof(SizeRunner).Assembly.Location;
    var host = Environment.ProcessPath!;
    var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(self);
    foreach (var arg in new[]
             {
                 "--child", facts.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                 "--work", options.WorkFolder, "--schema", options.SchemaFolder,
             })
        start.ArgumentList.Add(arg);
    if (options.Runs is { } runs)
    {
        start.ArgumentList.Add("--runs");
        start.ArgumentList.Add(runs.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
    using var child = Process.Start(start)!;
    var output = child.StandardOutput.ReadToEnd();
    child.WaitForExit();
    if (child.ExitCode != 0) throw new InvalidOperationException($"measuring {facts} facts failed (exit {child.ExitCode})");
    var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
    return JsonSerializer.Deserialize<SizeResult>(last)!;
}
