using System.Net;

namespace Iro.Tests.Shared;

/// <summary>Keeps cookies the way a browser does for the test server on http://127.0.0.1. Iro's cookies are
/// Secure with the <c>__Host-</c> prefix; browsers treat loopback as a secure context and send them over
/// plain http to it, but .NET's <see cref="CookieContainer"/> sends Secure cookies only to https addresses.
/// So the jar is read and written as if a loopback address were https. Production is unchanged: this is the
/// test client's cookie handling, not the server's.</summary>
public sealed class LoopbackCookieHandler(CookieContainer cookies) : DelegatingHandler(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
{
    public CookieContainer Cookies { get; } = cookies;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var jar = JarAddress(request.RequestUri!);
        var header = Cookies.GetCookieHeader(jar);
        if (header.Length > 0)
        {
            request.Headers.Remove("Cookie");
            request.Headers.Add("Cookie", header);
        }
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var value in values)
            {
                Cookies.SetCookies(jar, value);
            }
        }
        return response;
    }

    private static Uri JarAddress(Uri uri) =>
        uri.IsLoopback && uri.Scheme == Uri.UriSchemeHttp ? new UriBuilder(uri) { Scheme = Uri.UriSchemeHttps, Port = uri.Port }.Uri : uri;
}
