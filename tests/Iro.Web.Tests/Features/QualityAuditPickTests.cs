using System.Net;
using Iro.Tests.Shared;

namespace Iro.Web.Tests.Features;

/// <summary>Picking one review to audit rather than a random sample (its own host: it audits Ada's only recent
/// review, Sky's of 8 September 2026).</summary>
public sealed class QualityAuditPickTests(IroTestHost host) : PageTest(host)
{
    [Fact]
    public async Task PickOne_ListsTheIrosRecentReviews_AndOpensTheAudit_Once()
    {
        using var manager = await Host.SignedInClientAsync("manager@north.test", Ct);
        const string sample = "/oversight/audits/sample";
        var ben = await ParseAsync(await manager.GetAsync($"{sample}?IroId={Council.IroBen.Id}", Ct));
        Assert.NotNull(ben.QuerySelector("#no-candidates"));

        var ada = await ParseAsync(await manager.GetAsync($"{sample}?IroId={Council.IroAda.Id}", Ct));
        var row = Assert.Single(ada.QuerySelectorAll("#candidates tbody tr"));
        Assert.Contains("Sky Scheduled", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("8 September 2026", row.TextContent, StringComparison.Ordinal);
        var reviewId = row.QuerySelector("input[name=reviewId]")!.GetAttribute("value")!;

        var picked = await IroTestHost.PostFormAsync(manager, $"{sample}?handler=Pick", new() { ["reviewId"] = reviewId }, Ct, formPath: sample);
        Assert.Equal(HttpStatusCode.Redirect, picked.StatusCode);
        var form = await ParseAsync(await manager.GetAsync(picked.Headers.Location!.OriginalString, Ct));
        Assert.Equal("Audit a review chaired by Ada Reviewer", form.QuerySelector("h1")!.TextContent);

        var again = await ParseAsync(await IroTestHost.PostFormAsync(manager, $"{sample}?handler=Pick", new() { ["reviewId"] = reviewId }, Ct, formPath: sample));
        Assert.Contains("audited already", again.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound,
            (await IroTestHost.PostFormAsync(manager, $"{sample}?handler=Pick", new() { ["reviewId"] = Guid.NewGuid().ToString() }, Ct, formPath: sample)).StatusCode);

        using var ada2 = await Host.SignedInClientAsync("ada@north.test", Ct);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await IroTestHost.PostFormAsync(ada2, $"{sample}?handler=Pick", new() { ["reviewId"] = reviewId }, Ct, formPath: "/oversight/audits")).StatusCode);
    }
}
