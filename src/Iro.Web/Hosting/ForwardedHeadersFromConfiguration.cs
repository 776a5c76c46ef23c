using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Web.Hosting;

/// <summary>Behind a reverse proxy, the client's address (for the sign-in rate limit) and scheme come from
/// X-Forwarded-For and X-Forwarded-Proto, trusted only from the proxies listed in
/// <c>ForwardedHeaders:KnownProxies</c> (for example <c>IRO_ForwardedHeaders__KnownProxies__0=10.0.0.5</c>).
/// Nothing is trusted unless configured, so a client cannot choose its own address.</summary>
internal static class ForwardedHeadersFromConfiguration
{
    /// <returns>Whether any proxy is configured, so the host should use the forwarded headers.</returns>
    public static bool Configure(IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").GetChildren()
            .Select(c => c.Value).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => IPAddress.Parse(v!.Trim())).ToList();
        if (proxies.Count == 0)
        {
            return false;
        }
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(proxy);
            }
        });
        return true;
    }
}
