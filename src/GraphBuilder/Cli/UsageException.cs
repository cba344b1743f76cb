namespace GraphBuilder.Cli;

/// <summary>The command was given something it cannot use (a bad option value, a missing folder): exit 2, one message.</summary>
internal sealed class UsageException(string message) : Exception(message);
