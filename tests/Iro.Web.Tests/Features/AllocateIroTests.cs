using System.Net;
using Iro.Core.Data;
using Iro.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Web.Tests.Features;

/// <summary>Issue 5 §1: an IRO manager allocates or changes a child's IRO from ranked suggestions; anyone
/// not independent of the case is shown with the reason and cannot be chosen (CPPCR 2010 reg 46(2)).</summary>
public sealed class AllocateIroTests(IroTestHost host) : PageTest(host)
{
    [Fact]
    public async Task Allocate_SkipsWhoeverManagesTheSocialWorker_AndAllocatesTheChosenIro()
    {
        // Its own app: the suggestion counts Ada's children, which another test in this class changes, and
        // the test order differs from one checkout path to another.
        await using var host = new IroTestHost();
        await host.InitializeAsync();
        var council = host.Council;
        // Nia has no IRO; her social worker, Sara, is line-managed by Ben, so Ben may not be her IRO.
        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CouncilScope>().Set(null, allCouncils: true);
            var db = scope.ServiceProvider.GetRequiredService<IroDbContext>();
            var nia = await db.Children.SingleAsync(c => c.Id == council.NoIro.Id, Ct);
            nia.SocialWorkerId = council.SocialWorker.Id;
            var sara = await db.StaffMembers.SingleAsync(s => s.Id == council.SocialWorker.Id, Ct);
            sara.LineManagerId = council.IroBen.Id;
            await db.SaveChangesAsync(Ct);
        }
        var path = $"/children/{council.NoIro.Id}/allocate-iro";
        using var manager = await host.SignedInClientAsync("manager@north.test", Ct);
        var page = await ParseAsync(await manager.GetAsync(path, Ct));
        Assert.Equal(["1. Ada Reviewer (4 children per FTE with this child)"],
            page.QuerySelectorAll("#suggestions label").Select(l => l.TextContent.Trim()));
        var blocked = page.QuerySelector("#blocked")!.TextContent;
        Assert.Contains("Ben Chair", blocked, StringComparison.Ordinal);
        Assert.Contains("Sara Worker", blocked, StringComparison.Ordinal);

        var bypass = await ParseAsync(await IroTestHost.PostFormAsync(manager, path, new() { ["IroId"] = council.IroBen.Id.ToString() }, Ct));
        Assert.Contains("This IRO cannot be allocated", bypass.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        var none = await ParseAsync(await IroTestHost.PostFormAsync(manager, path, [], Ct));
        Assert.Contains("Choose the IRO to allocate", none.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var done = await IroTestHost.PostFormAsync(manager, path, new() { ["IroId"] = council.IroAda.Id.ToString() }, Ct);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var child = await ParseAsync(await manager.GetAsync(done.Headers.Location!.OriginalString, Ct));
        Assert.Contains("Ada Reviewer is now the child's IRO.", child.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ada Reviewer", child.QuerySelector("#summary")!.TextContent, StringComparison.Ordinal);
        // The audit trail says who did it and why.
        var audit = await (await manager.GetAsync($"/audit/children/{council.NoIro.Id}", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("IRO allocated", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_NeedsAReason_WhichIsKeptInTheHistory()
    {
        var path = $"/children/{Council.BensChild.Id}/allocate-iro";
        using var manager = await Host.SignedInClientAsync("manager@north.test", Ct);
        var form = await ParseAsync(await manager.GetAsync(path, Ct));
        Assert.Contains("Ben Chair", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(form.QuerySelectorAll("#suggestions label"), l => l.TextContent.Contains("Ben Chair", StringComparison.Ordinal));

        var noReason = await ParseAsync(await IroTestHost.PostFormAsync(manager, path, new() { ["IroId"] = Council.IroAda.Id.ToString() }, Ct));
        Assert.Contains("Enter why the child's IRO is changing", noReason.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        await IroTestHost.PostFormAsync(manager, path,
            new() { ["IroId"] = Council.IroAda.Id.ToString(), ["Reason"] = "Ben is reducing his hours" }, Ct);
        var child = await ParseAsync(await manager.GetAsync($"/children/{Council.BensChild.Id}", Ct));
        Assert.Contains("Ada Reviewer, from 23 November 2026: Ben is reducing his hours", child.QuerySelector("#allocations")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allocate_AsAnIro_IsForbidden()
    {
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        var path = $"/children/{Council.Overdue.Id}/allocate-iro";
        Assert.Equal(HttpStatusCode.Forbidden, (await ada.GetAsync(path, Ct)).StatusCode);
        var post = await IroTestHost.PostFormAsync(ada, path, new() { ["IroId"] = Council.IroBen.Id.ToString() }, Ct, formPath: $"/children/{Council.Overdue.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }
}
