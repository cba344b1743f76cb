namespace GraphBuilder.Files;

/// <summary>An output path GraphBuilder will not write to (a folder, a symbolic link): the user's choice to correct, not a failure of the machine.</summary>
public sealed class OutputTargetException(string message) : Exception(message);
