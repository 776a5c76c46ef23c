using Microsoft.AspNetCore.Http;

namespace Iro.Web.Security;

/// <summary>Sends a nonce-based Content Security Policy and the other security headers on every response.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), " +
        "payment=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        var nonce = CspNonce.Get(context);
        var headers = context.Response.Headers;

        headers.ContentSecurityPolicy =
            "default-src 'self'; " +
            $"script-src 'self' 'nonce-{nonce}'; " +
            "style-src 'self'; " +
            "img-src 'self' data:; " +
            "font-src 'self'; " +
            "connect-src 'self'; " +
            "form-action 'self'; " +
            "frame-ancestors 'none'; " +
            "base-uri 'self'; " +
            "object-src 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";

        return next(context);
    }
}
