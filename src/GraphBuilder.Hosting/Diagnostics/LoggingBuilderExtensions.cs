using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Hosting.Diagnostics;

public static class LoggingBuilderExtensions
{
    /// <summary>
    /// Switches the console logger to <paramref name="format"/>. JSON lines carry the timestamp (UTC), level, category,
    /// event id, the rendered message and each named property under <c>State</c> (e.g. <c>Outcome</c>, <c>DurationMs</c>).
    /// </summary>
    public static ILoggingBuilder AddGraphBuilderConsoleFormat(this ILoggingBuilder logging, LogFormat format)
    {
        if (format == LogFormat.Json)
        {
            logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                // One object per line; log lines never end up inside HTML, so '+' and quotes need no escaping.
                o.JsonWriterOptions = new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            });
        }
        return logging;
    }
}
