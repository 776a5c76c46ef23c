using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Iro.Web.Security;

/// <summary>The per-request nonce that lets Iro's own inline scripts run under the Content Security Policy.</summary>
public static class CspNonce
{
    private static readonly object Key = new();

    /// <summary>The request's nonce, created on first use. <see cref="SecurityHeadersMiddleware"/> creates it
    /// before any page renders, so the header and the markup always agree.</summary>
    public static string Get(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (context.Items.TryGetValue(Key, out var value) && value is string nonce)
        {
            return nonce;
        }

        nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        context.Items[Key] = nonce;
        return nonce;
    }
}
