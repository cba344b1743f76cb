namespace GraphBuilder.Cli;

/// <summary>Process exit codes: 0 success, 1 configuration or store failure, 2 invalid input.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int InvalidInput = 2;
}
