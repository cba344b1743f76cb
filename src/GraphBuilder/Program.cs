using System.CommandLine;
using GraphBuilder.Cli;

// Give an in-flight sync time to commit on SIGTERM/Ctrl+C before the process is torn down.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(15) };
return await GraphBuilderCommandLine.InvokeAsync(args, invocation);

/// <summary>The executable's entry point; internal like everything in it (ASP.NET Core's source generator would otherwise declare it public).</summary>
internal partial class Program;
