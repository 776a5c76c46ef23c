using AngleSharp;
using AngleSharp.Dom;
using Iro.Tests.Shared;

namespace Iro.Web.Tests;

/// <summary>One running app per test class (the host is the expensive part), pages parsed with AngleSharp.</summary>
public abstract class PageTest(IroTestHost host) : IClassFixture<IroTestHost>
{
    protected IroTestHost Host { get; } = host;
    protected TestCouncil Council => Host.Council;
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(Ct);
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html), Ct);
    }

    protected async Task<IDocument> GetPageAsync(string email, string path)
    {
        using var client = await Host.SignedInClientAsync(email, Ct);
        var response = await client.GetAsync(path, Ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }
}
