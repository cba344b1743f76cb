using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphBuilder.Stores;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphBuilder.Hosting.Diagnostics;

/// <summary>
/// Writes a health report as <c>{"status":…,"durationMs":…,"checks":{"sync":{"status","description","durationMs","data"}, …}}</c>.
/// Exceptions are never written: descriptions say what is wrong, in words fit for an operator.
/// </summary>
internal static class HealthResponseWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions
        {
            Indented = true,
            // Served as application/json, never inside HTML: quotes and apostrophes in messages stay readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", CredentialRedaction.Redact(entry.Description));
            json.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 1));
            if (entry.Data.Count > 0)
            {
                json.WriteStartObject("data");
                foreach (var (key, value) in entry.Data) WriteValue(json, key, value);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static void WriteValue(Utf8JsonWriter json, string key, object value)
    {
        switch (value)
        {
            case int i:
                json.WriteNumber(key, i);
                break;
            case DateTimeOffset at:
                json.WriteString(key, at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
                break;
            case IEnumerable<string> items:
                json.WriteStartArray(key);
                foreach (var item in items) json.WriteStringValue(item);
                json.WriteEndArray();
                break;
            default:
                json.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
