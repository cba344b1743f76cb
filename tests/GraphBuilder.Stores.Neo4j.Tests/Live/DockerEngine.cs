using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GraphBuilder.Stores.Neo4j.Tests.Live;

/// <summary>
/// Whether a Docker engine answers, asked the cheap way: a <c>GET /_ping</c> on its socket (<c>DOCKER_HOST</c>, else
/// <c>/var/run/docker.sock</c>) with a short timeout. A docker CLI without an engine, or an engine that hangs, is a
/// skip with its reason, never a wait.
/// </summary>
internal static class DockerEngine
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);
    private static readonly Lazy<string?> Reason = new(Probe);

    /// <summary>Null when an engine answered; otherwise why the live suite cannot start Neo4j.</summary>
    public static string? UnavailableReason => Reason.Value;

    private static string? Probe()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (string.IsNullOrWhiteSpace(host)) host = "unix:///var/run/docker.sock";
        try
        {
            var address = new Uri(host);
            if (address.Scheme == "unix" && !File.Exists(address.AbsolutePath))
                return $"no Docker engine: {address.AbsolutePath} does not exist (DOCKER_HOST={Environment.GetEnvironmentVariable("DOCKER_HOST") ?? "unset"})";
            using var socket = address.Scheme == "unix"
                ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
                : new Socket(SocketType.Stream, ProtocolType.Tcp);
            EndPoint endpoint = address.Scheme == "unix" ? new UnixDomainSocketEndPoint(address.AbsolutePath) : new DnsEndPoint(address.Host, address.Port);
            using var connect = new CancellationTokenSource(Timeout);
            socket.ConnectAsync(endpoint, connect.Token).AsTask().GetAwaiter().GetResult();
            socket.ReceiveTimeout = socket.SendTimeout = (int)Timeout.TotalMilliseconds;
            socket.Send(Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"));
            var buffer = new byte[256];
            var read = socket.Receive(buffer);
            var answer = Encoding.ASCII.GetString(buffer, 0, read);
            return answer.StartsWith("HTTP/1.", StringComparison.Ordinal) && answer.Contains(" 200 ", StringComparison.Ordinal)
                ? null
                : $"the Docker engine at {host} did not answer /_ping with 200";
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or UriFormatException or IOException)
        {
            return $"no Docker engine answers at {host} ({ex.Message})";
        }
    }
}
