using Microsoft.AspNetCore.Http;

namespace GraphBuilder.Web;

/// <summary>
/// Puts the security headers on every response. An endpoint that sets its own Content-Security-Policy
/// (the page, whose policy lists its inline scripts' hashes) keeps it; every other response gets a
/// policy that allows nothing. Framing is refused both ways: <c>frame-ancestors</c> only works as a
/// header, <c>X-Frame-Options</c> covers older browsers.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>For responses that are not pages: nothing may load, and nothing may frame them.</summary>
    public const string DefaultPolicy = "default-src 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy)) headers.ContentSecurityPolicy = DefaultPolicy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
