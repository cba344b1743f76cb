using System.CommandLine;
using GraphBuilder.Curation;
using GraphBuilder.Hosting;

namespace GraphBuilder.Cli;

/// <summary>
/// <c>graphbuilder init DIR</c>: starts a graph project away from this repository: seeds with an example, the schema
/// copied beside them (so later commands read that copy, not the tool's), and a README.
/// </summary>
internal static class InitCommand
{
    private static readonly Argument<string> Folder = new("folder") { Description = "The new project's folder (created; must be empty if it exists)" };

    public static Command Create()
    {
        var command = new Command("init", "Create a graph project: a seeds folder with an example report and fact, and a copy of the schema");
        command.Options.Add(CommonOptions.Schema);
        command.Arguments.Add(Folder);
        command.SetAction(result => CommandRunner.RunAsync(() =>
        {
            var folder = result.GetValue(Folder)!;
            if (File.Exists(folder)) throw new UsageException($"'{folder}' is a file; give a new folder for the project");
            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
                throw new UsageException($"'{Path.GetFullPath(folder)}' is not empty; give a new or empty folder for the project");
            var options = new GraphBuilderOptions();
            if (result.GetValue(CommonOptions.Schema) is { } schema) options.Schema = schema;
            var schemaFolder = options.ResolveSchemaFolder();
            if (!Directory.Exists(schemaFolder)) throw new UsageException($"schema folder '{schemaFolder}' does not exist (--schema DIR)");

            var written = ProjectTemplate.Write(folder, schemaFolder);
            Console.WriteLine($"Created a graph project in {folder} ({written.Count} files; schema copied from {schemaFolder}).");
            Console.WriteLine("Next:");
            Console.WriteLine($"  cd {folder}");
            Console.WriteLine($"  {CommandName.Current} validate && {CommandName.Current} sync");
            Console.WriteLine($"  {CommandName.Current} add source REPORT.txt --id ID --publisher P --published YYYY-MM-DD");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
