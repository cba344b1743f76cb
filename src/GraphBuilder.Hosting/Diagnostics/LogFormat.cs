namespace GraphBuilder.Hosting.Diagnostics;

/// <summary>How the worker writes its log lines to the console (<c>--log-format</c>).</summary>
public enum LogFormat
{
    /// <summary>One readable line per entry: <c>info: Category[2] Synced (Initial): …</c>.</summary>
    Simple,

    /// <summary>One JSON object per line, every message property a field, for log shippers.</summary>
    Json,
}
