using Microsoft.Extensions.Logging;

namespace Iro.Web.Hosting;

/// <summary>What Iro logs. Personal data never goes in the log (AGENTS.md; UK GDPR art. 5(1)(f)), even with
/// logging turned up to Debug to chase a problem: the categories that would write it are capped here, and a
/// test signs in and reads children's pages at Debug and looks for names, dates of birth, child numbers,
/// email addresses and passwords in everything logged.</summary>
public static class IroLogging
{
    public static ILoggingBuilder Apply(ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        // Framework chatter stays out of the log by default; EF Core never logs parameter values.
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        // "Request starting GET /caseload?name=…" logs the query string, and a search box puts a child's
        // name or number there. Request paths carry only ids.
        logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        // At Debug, link generation logs the route values of every link it makes, filters included.
        logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Information);
        return logging;
    }
}
