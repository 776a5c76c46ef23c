using System.Net;
using Iro.Tests.Shared;

namespace Iro.Web.Tests.Features;

/// <summary>Restricted records and advocates (issue 4 §1): a restricted record is seen only by users named on
/// it; an advocate sees only the children referred to them, and only what advocacy needs.</summary>
public sealed class ChildAccessTests(IroTestHost host) : PageTest(host)
{
    [Fact]
    public async Task Restrict_ThenOnlyNamedUsersSee_AndNamingLetsThemIn()
    {
        var path = $"/children/{Council.Scheduled.Id}";
        using var manager = await Host.SignedInClientAsync("manager@north.test", Ct);
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        using var inspector = await Host.SignedInClientAsync("inspector@north.test", Ct);
        Assert.Equal(HttpStatusCode.OK, (await ada.GetAsync(path, Ct)).StatusCode);

        var restricted = await IroTestHost.PostFormAsync(manager, $"{path}?handler=Restrict", [], Ct, formPath: path);
        Assert.Equal(HttpStatusCode.Redirect, restricted.StatusCode);
        var page = await ParseAsync(await manager.GetAsync(path, Ct));
        Assert.NotNull(page.QuerySelector("#restricted-tag"));
        Assert.Equal(["Morgan Manager"], NamedUsers(page));
        // Ada is Sky's IRO, but is not named on the record; the inspector may see any record, but not this one.
        Assert.Equal(HttpStatusCode.Forbidden, (await ada.GetAsync(path, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync(path, Ct)).StatusCode);
        // Sky still counts in Ada's caseload, but the list no longer says who she is.
        var caseload = await (await ada.GetAsync("/caseload", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("Restricted record", caseload, StringComparison.Ordinal);
        Assert.DoesNotContain("Sky Scheduled", caseload, StringComparison.Ordinal);

        var adaId = page.QuerySelectorAll("#userId option").Single(o => o.TextContent == "Ada Reviewer").GetAttribute("value")!;
        await IroTestHost.PostFormAsync(manager, $"{path}?handler=NameUser", new() { ["userId"] = adaId }, Ct, formPath: path);
        Assert.Equal(HttpStatusCode.OK, (await ada.GetAsync(path, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync(path, Ct)).StatusCode);

        // Naming does not widen a role: a social worker named on a child who is not on her caseload still may not see it.
        page = await ParseAsync(await manager.GetAsync(path, Ct));
        var workerId = page.QuerySelectorAll("#userId option").Single(o => o.TextContent == "Sara Worker").GetAttribute("value")!;
        await IroTestHost.PostFormAsync(manager, $"{path}?handler=NameUser", new() { ["userId"] = workerId }, Ct, formPath: path);
        using var worker = await Host.SignedInClientAsync("worker@north.test", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync(path, Ct)).StatusCode);

        // Removing a named user takes their access away.
        page = await ParseAsync(await manager.GetAsync(path, Ct));
        Assert.Equal(["Ada Reviewer", "Morgan Manager", "Sara Worker"], NamedUsers(page));
        await IroTestHost.PostFormAsync(manager, $"{path}?handler=RemoveNamedUser", new() { ["userId"] = adaId }, Ct, formPath: path);
        Assert.Equal(HttpStatusCode.Forbidden, (await ada.GetAsync(path, Ct)).StatusCode);

        await IroTestHost.PostFormAsync(manager, $"{path}?handler=Unrestrict", [], Ct, formPath: path);
        Assert.Equal(HttpStatusCode.OK, (await ada.GetAsync(path, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync(path, Ct)).StatusCode);
    }

    [Fact]
    public async Task Restrict_AsAnIro_IsForbidden()
    {
        var path = $"/children/{Council.DueSoon.Id}";
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        var response = await IroTestHost.PostFormAsync(ada, $"{path}?handler=Restrict", [], Ct, formPath: path);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ada.GetAsync(path, Ct)).StatusCode);
    }

    [Fact]
    public async Task Advocate_SeesOnlyReferredChildren_AndOnlyWhatAdvocacyNeeds()
    {
        using var advocate = await Host.SignedInClientAsync("advocate@north.test", Ct);
        var olive = await ParseAsync(await advocate.GetAsync($"/children/{Council.Overdue.Id}", Ct));
        Assert.Equal("Olive Overdue", olive.QuerySelector("h1")!.TextContent);
        Assert.NotNull(olive.QuerySelector("#next-review"));
        Assert.Null(olive.QuerySelector("#timeline"));
        Assert.DoesNotContain("Placement", olive.QuerySelector("#summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(olive.QuerySelector("form[action*='handler=Refer']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await advocate.GetAsync($"/children/{Council.DueSoon.Id}", Ct)).StatusCode);

        // Ada refers Dara to the advocate, who can then see her; ending the referral takes it away again.
        var path = $"/children/{Council.DueSoon.Id}";
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        var form = await ParseAsync(await ada.GetAsync(path, Ct));
        var advocateId = form.QuerySelector("#advocateId option")!.GetAttribute("value")!;
        await IroTestHost.PostFormAsync(ada, $"{path}?handler=Refer", new() { ["advocateId"] = advocateId }, Ct, formPath: path);
        Assert.Equal(HttpStatusCode.OK, (await advocate.GetAsync(path, Ct)).StatusCode);

        var again = await IroTestHost.PostFormAsync(ada, $"{path}?handler=Refer", new() { ["advocateId"] = advocateId }, Ct, formPath: path);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var told = await ParseAsync(await ada.GetAsync(path, Ct));
        Assert.Equal("The child is already referred to this advocate.", told.QuerySelector("#problem")!.TextContent);

        var referralId = told.QuerySelector("#advocacy-referrals input[name=referralId]")!.GetAttribute("value")!;
        await IroTestHost.PostFormAsync(ada, $"{path}?handler=EndReferral", new() { ["referralId"] = referralId }, Ct, formPath: path);
        Assert.Equal(HttpStatusCode.Forbidden, (await advocate.GetAsync(path, Ct)).StatusCode);
    }

    [Fact]
    public async Task Refer_AsTheAdvocate_IsForbidden()
    {
        var path = $"/children/{Council.Overdue.Id}";
        using var advocate = await Host.SignedInClientAsync("advocate@north.test", Ct);
        var response = await IroTestHost.PostFormAsync(advocate, $"{path}?handler=EndReferral",
            new() { ["referralId"] = Council.Overdue.AdvocacyReferrals[0].Id.ToString() }, Ct, formPath: path);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await advocate.GetAsync(path, Ct)).StatusCode);
    }

    private static List<string> NamedUsers(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("#named-users li").Select(li => li.ChildNodes[0].TextContent.Trim()).ToList();
}
