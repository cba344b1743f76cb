namespace GraphBuilder.Cli;

/// <summary>
/// Process exit codes, the same for every command: 0 success, 1 configuration or store failure,
/// 2 invalid input or usage (seed errors, unknown commands, options or values).
/// </summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int InvalidInput = 2;
}
