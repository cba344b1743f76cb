using GraphBuilder.Files;
using GraphBuilder.Schema;
using GraphBuilder.Stores;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Cli;

/// <summary>Runs a command body and turns user-facing failures into a message and exit code, never a stack trace.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (UsageException ex)
        {
            Error(ex.Message);
            return ExitCodes.InvalidInput;
        }
        catch (OutputTargetException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (SchemaLoadException ex)
        {
            foreach (var diagnostic in ex.Diagnostics) Console.Error.WriteLine(diagnostic);
            return ExitCodes.InvalidInput;
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures) Error(failure);
            return ExitCodes.Failure;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            foreach (var failure in ex.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures))
                Error(failure);
            return ExitCodes.Failure;
        }
        catch (StoreException ex)
        {
            Error(ex.Message);
            return ExitCodes.Failure;
        }
        catch (ArgumentException ex) when (ex.ParamName is null)
        {
            Error(ex.Message);
            return ExitCodes.Failure;
        }
        catch (InvalidDataException ex)
        {
            // A malformed appsettings.json: name the file and, when the JSON reader knows it, the position.
            Error(ConfigurationFileProblem.Describe(ex));
            return ExitCodes.Failure;
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            Error(ex.Message);
            return ExitCodes.Failure;
        }
        catch (IOException ex)
        {
            Error(ex.Message);
            return ExitCodes.Failure;
        }
        catch (UnauthorizedAccessException ex)
        {
            Error(ex.Message);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("cancelled");
            return 130;
        }
    }

    /// <summary>Every error goes through <see cref="CredentialRedaction"/>: a message may quote a setting's value (a URI with a password).</summary>
    private static void Error(string message) => Console.Error.WriteLine($"error: {CredentialRedaction.Redact(message)}");
}
