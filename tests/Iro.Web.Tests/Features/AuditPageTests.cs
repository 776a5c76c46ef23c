using System.Net;
using Iro.Core;
using Iro.Core.Audit;
using Iro.Core.Data;
using Iro.Core.Users;
using Iro.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Web.Tests.Features;

/// <summary>An IRO manager sees who viewed or changed a child's record, and when (issue 4, §4).</summary>
public sealed class AuditPageTests(IroTestHost host) : PageTest(host)
{
    [Fact]
    public async Task Get_AsManager_ShowsViewsAndChanges_NewestFirst_WithoutTheValues()
    {
        var child = Council.Scheduled;
        // Ada (the child's IRO) opens the record; then the manager corrects the UPN, saying why.
        using (var ada = await Host.SignedInClientAsync("ada@north.test", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, (await ada.GetAsync($"/children/{child.Id}", Ct)).StatusCode);
        }
        await ChangeAsync("manager@north.test", child.Id, (c, _) => c.Upn = "Q99999999999Z", "Corrected the UPN from the school's records");

        var page = await GetPageAsync("manager@north.test", $"/audit/children/{child.Id}");
        var rows = page.QuerySelectorAll("#audit tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        var change = rows.FindIndex(r => r[3].StartsWith("Changed the child's details", StringComparison.Ordinal));
        var view = rows.FindIndex(r => r[3] == "Viewed the record" && r[1] == "Ada Reviewer");
        Assert.True(change >= 0 && view >= 0, string.Join(" / ", rows.Select(r => string.Join(" | ", r))));
        Assert.True(change < view, "Newest first: the change came after the view.");
        Assert.Equal("Morgan Manager", rows[change][1]);
        Assert.Equal("IRO manager", rows[change][2]);
        Assert.Contains("Upn", rows[change][3], StringComparison.Ordinal);
        Assert.Equal("Corrected the UPN from the school's records", rows[change][4]);
        Assert.Equal("Independent reviewing officer", rows[view][2]);
        Assert.Contains("23 November 2026", rows[view][0], StringComparison.Ordinal);
        Assert.DoesNotContain("Q99999999999Z", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ada@north.test")]
    [InlineData("worker@north.test")]
    public async Task Get_AsIroOrSocialWorker_IsForbidden(string email)
    {
        using var client = await Host.SignedInClientAsync(email, Ct);
        var response = await client.GetAsync($"/audit/children/{Council.DueSoon.Id}", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_ChildOfAnotherCouncil_IsNotFound()
    {
        using var client = await Host.SignedInClientAsync("manager@north.test", Ct);
        var response = await client.GetAsync($"/audit/children/{Council.SouthChild.Id}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ChildPage_LinksToTheAudit_OnlyForThoseWhoMaySeeIt()
    {
        var manager = await GetPageAsync("manager@north.test", $"/children/{Council.Overdue.Id}");
        Assert.Equal($"/audit/children/{Council.Overdue.Id}", manager.QuerySelector("#audit-link")?.GetAttribute("href"));
        var iro = await GetPageAsync("ada@north.test", $"/children/{Council.Overdue.Id}");
        Assert.Null(iro.QuerySelector("#audit-link"));
    }

    [Fact]
    public async Task Get_ManyEntries_IsPaged()
    {
        var child = Council.BensChild;
        using (var manager = await Host.SignedInClientAsync("manager@north.test", Ct))
        {
            for (var i = 0; i < Iro.Web.Features.Audit.Children.IndexModel.PageSize + 5; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/children/{child.Id}", Ct)).StatusCode);
            }
        }
        var first = await GetPageAsync("manager@north.test", $"/audit/children/{child.Id}");
        Assert.Equal(50, first.QuerySelectorAll("#audit tbody tr").Length);
        Assert.NotNull(first.QuerySelector(".govuk-pagination__next a"));
        var second = await GetPageAsync("manager@north.test", $"/audit/children/{child.Id}?page=2");
        Assert.NotEmpty(second.QuerySelectorAll("#audit tbody tr"));
        Assert.NotNull(second.QuerySelector(".govuk-pagination__prev a"));
    }

    [Fact]
    public async Task Get_RestrictedRecord_IsOnlyForUsersNamedOnIt()
    {
        var child = Council.NoIro;
        await ChangeAsync("manager@north.test", child.Id, (c, user) => c.Restrict(user.Id, TestCouncil.Today), "Whereabouts confidential");

        var page = await GetPageAsync("manager@north.test", $"/audit/children/{child.Id}");
        var rows = page.QuerySelectorAll("#audit tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Added a user named on the restricted record", StringComparison.Ordinal)
            && r.Contains("Whereabouts confidential", StringComparison.Ordinal));
        using var inspector = await Host.SignedInClientAsync("inspector@north.test", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync($"/audit/children/{child.Id}", Ct)).StatusCode);
    }

    private async Task ChangeAsync(string email, ChildId childId, Action<Core.Children.Child, IroUser> change, string reason)
    {
        await using var scope = Host.App.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<IroUser>>().FindByEmailAsync(email);
        var actor = new ChangeActor(user!.Id.ToString(), user.Role, user.CouncilId);
        await using var db = new IroDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<IroDbContext>>(),
            CouncilScope.For(user.CouncilId!.Value), ChangeContext.For(actor, reason));
        var child = await db.Children.SingleAsync(c => c.Id == childId, Ct);
        change(child, user);
        await db.SaveChangesAsync(Ct);
    }
}
