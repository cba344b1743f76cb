using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GraphBuilder.Testing.Neo4j;

// usage: GraphBuilder.FakeNeo4j [--user U --password P] [--row-limit N]
// Prints "listening on URI", then answers one command per stdin line: "counters" (FakeQueryApiCounters as JSON),
// "reset" (clears the request counts), "peak-memory" (this process's peak working set in MB); exits at end of input.
string? user = null, password = null;
int? rowLimit = null;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--user": user = args[i + 1]; break;
        case "--password": password = args[i + 1]; break;
        case "--row-limit": rowLimit = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        default:
            Console.Error.WriteLine($"error: unknown option '{args[i]}'");
            return 2;
    }
}

await using var server = await FakeQueryApiServer.StartAsync(user: user, password: password);
server.KeepRequests = false;
server.Graph.TransactionRowLimit = rowLimit;
Console.WriteLine($"listening on {server.Uri}");
while (Console.ReadLine() is { } command)
{
    Console.WriteLine(command.Trim() switch
    {
        "counters" => JsonSerializer.Serialize(server.Counters),
        "reset" => Reset(server),
        "peak-memory" => PeakMegabytes(),
        var other => $"error: unknown command '{other}'",
    });
}
return 0;

static string Reset(FakeQueryApiServer server)
{
    server.ClearRequests();
    return "ok";
}

static string PeakMegabytes()
{
    using var self = Process.GetCurrentProcess();
    return (self.PeakWorkingSet64 / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);
}
