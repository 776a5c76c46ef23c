using System.Net;
using AngleSharp.Dom;
using Iro.Core.Children;
using Iro.Tests.Shared;

namespace Iro.Web.Tests.Features;

/// <summary>The preparation task list for a review (issue 5 §2): each task page saves, keeps what was typed on an
/// error, is version-checked and leaves a line on the child's timeline. Today is 23 November 2026; Dara's first
/// review is due 7 December 2026, so consultation (20 working days before) is already late.</summary>
public sealed class PreparationTests(IroTestHost host) : PageTest(host)
{
    private static string PathFor(Child child) => $"/children/{child.Id}/reviews/{child.Reviews.Single(r => r.HeldOn is null).Id}/preparation";

    private static string Status(IDocument page, string task) =>
        page.QuerySelector($"#task-{task}-status")!.TextContent.Trim();

    private static string Version(IDocument form) => form.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

    [Fact]
    public async Task TaskList_ShowsEveryTask_WithItsStatusAndDate()
    {
        // Nia became looked after on 18 November 2026: her first review is due 16 December 2026.
        var page = await GetPageAsync("manager@north.test", PathFor(Council.NoIro));

        Assert.Equal(6, page.QuerySelectorAll("#tasks li").Length);
        Assert.Equal("Overdue", Status(page, "Consultation"));
        Assert.Equal("Not yet started", Status(page, "PrivateConversation"));
        Assert.Contains("By 11 December 2026", page.QuerySelector("#task-SocialWorkerReport-hint")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("You have completed 0 of 6 tasks", page.QuerySelector("#progress")!.TextContent, StringComparison.Ordinal);
        var child = await GetPageAsync("manager@north.test", $"/children/{Council.NoIro.Id}");
        Assert.Equal(PathFor(Council.NoIro), child.QuerySelector("#prepare-review")!.GetAttribute("href"));
    }

    [Fact]
    public async Task EachTask_Saves_AndShowsOnTheTaskListAndTheTimeline()
    {
        var path = PathFor(Council.DueSoon);
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);

        var invitations = await ParseAsync(await ada.GetAsync($"{path}/invitations", Ct));
        Assert.Equal(HttpStatusCode.Redirect, (await IroTestHost.PostFormAsync(ada, $"{path}/invitations", new()
        {
            ["Version"] = Version(invitations), ["Invitees"] = "Sam Jones, foster carer", ["Venue"] = "At school",
            ["MeetingOn.Day"] = "4", ["MeetingOn.Month"] = "12", ["MeetingOn.Year"] = "2026", ["HeldInParts"] = "true",
            ["Parts"] = "Dara and the IRO\nThe adults",
        }, Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await IroTestHost.PostFormAsync(ada, $"{path}/consultation", new()
        {
            ["Party"] = "Child", ["RequestedOn.Day"] = "20", ["RequestedOn.Month"] = "11", ["RequestedOn.Year"] = "2026",
        }, Ct)).StatusCode);
        var consultation = await ParseAsync(await ada.GetAsync($"{path}/consultation", Ct));
        var received = consultation.QuerySelector("#consultations a")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.Redirect, (await IroTestHost.PostFormAsync(ada, received, new()
        {
            ["Version"] = Version(await ParseAsync(await ada.GetAsync(received, Ct))),
            ["ReceivedOn.Day"] = "23", ["ReceivedOn.Month"] = "11", ["ReceivedOn.Year"] = "2026", ["Note"] = "Drew a picture",
        }, Ct)).StatusCode);

        var conversation = await ParseAsync(await ada.GetAsync($"{path}/private-conversation", Ct));
        Assert.Equal(HttpStatusCode.Redirect, (await IroTestHost.PostFormAsync(ada, $"{path}/private-conversation", new()
        {
            ["Version"] = Version(conversation), ["Outcome"] = "JudgedInappropriate", ["On.Day"] = "23", ["On.Month"] = "11",
            ["On.Year"] = "2026", ["Reason"] = "Dara is two",
        }, Ct)).StatusCode);

        var advocacy = await ParseAsync(await ada.GetAsync($"{path}/advocacy", Ct));
        Assert.Equal(HttpStatusCode.Redirect, (await IroTestHost.PostFormAsync(ada, $"{path}/advocacy", new()
        {
            ["Version"] = Version(advocacy), ["ToldOn.Day"] = "23", ["ToldOn.Month"] = "11", ["ToldOn.Year"] = "2026",
            ["OfferedOn.Day"] = "23", ["OfferedOn.Month"] = "11", ["OfferedOn.Year"] = "2026", ["Accepted"] = "false",
        }, Ct)).StatusCode);

        var rights = await ParseAsync(await ada.GetAsync($"{path}/rights", Ct));
        var boxes = rights.QuerySelectorAll("input[name$='.Day']").Length;
        // Dara is on an interim care order (C1): all seven rights, with applying to discharge it.
        Assert.Equal(7, boxes);
        var fields = new Dictionary<string, string> { ["Version"] = Version(rights) };
        for (var i = 0; i < boxes; i++)
        {
            (fields[$"Explained[{i}].Day"], fields[$"Explained[{i}].Month"], fields[$"Explained[{i}].Year"]) = ("23", "11", "2026");
        }
        Assert.Equal(HttpStatusCode.Redirect, (await IroTestHost.PostFormAsync(ada, $"{path}/rights", fields, Ct)).StatusCode);

        var list = await ParseAsync(await ada.GetAsync(path, Ct));
        Assert.Contains("Rights explained saved.", list.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("4 December 2026", list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        foreach (var task in new[] { "Invitations", "Consultation", "PrivateConversation", "Advocacy", "Rights" })
        {
            Assert.Equal("Completed", Status(list, task));
        }
        Assert.Equal("Not yet started", Status(list, "SocialWorkerReport"));

        var timeline = (await GetPageAsync("manager@north.test", $"/audit/children/{Council.DueSoon.Id}")).QuerySelector("#audit")!.TextContent;
        Assert.Contains("Invitations to the review agreed with the child", timeline, StringComparison.Ordinal);
        Assert.Contains("Consultation for the review received from the child", timeline, StringComparison.Ordinal);
        Assert.Contains("The IRO judged a private conversation with the child inappropriate on 23 November 2026", timeline, StringComparison.Ordinal);
        Assert.DoesNotContain("Dara is two", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidationErrors_NameTheField_AndKeepWhatWasTyped()
    {
        var path = $"{PathFor(Council.Overdue)}/private-conversation";
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        var form = await ParseAsync(await ada.GetAsync(path, Ct));

        var page = await ParseAsync(await IroTestHost.PostFormAsync(ada, path, new()
        {
            ["Version"] = Version(form), ["Outcome"] = "DeclinedByChild", ["On.Day"] = "23", ["On.Month"] = "11", ["On.Year"] = "2026",
        }, Ct));

        Assert.Contains("Say why the child declined", page.QuerySelector("#Reason-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Reason", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("input[name=Outcome][value=DeclinedByChild][checked]"));
        Assert.Equal("23", page.QuerySelector("input[name='On.Day']")!.GetAttribute("value"));

        var invitations = await ParseAsync(await IroTestHost.PostFormAsync(ada, $"{PathFor(Council.Overdue)}/invitations", new()
        {
            ["Version"] = Version(form), ["Invitees"] = "Nan", ["HeldInParts"] = "true", ["MeetingOn.Day"] = "31", ["MeetingOn.Month"] = "2",
            ["MeetingOn.Year"] = "2027",
        }, Ct));
        Assert.Contains("Say what each part of the meeting is for", invitations.QuerySelector("#Parts-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("must be a real date", invitations.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nan", invitations.QuerySelector("#Invitees")!.TextContent);

        var consultation = await ParseAsync(await IroTestHost.PostFormAsync(ada, $"{PathFor(Council.Overdue)}/consultation", new()
        {
            ["Party"] = "Other", ["RequestedOn.Day"] = "24", ["RequestedOn.Month"] = "11", ["RequestedOn.Year"] = "2026", ["Note"] = "By post",
        }, Ct));
        Assert.Contains("Enter who was asked", consultation.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("must be today or in the past", consultation.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("By post", consultation.QuerySelector("#Note")!.TextContent);
    }

    [Fact]
    public async Task TwoPeopleSavingAtOnce_TheSecondIsTold_AndNothingIsOverwritten()
    {
        var path = $"{PathFor(Council.Scheduled)}/invitations";
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        using var manager = await Host.SignedInClientAsync("manager@north.test", Ct);
        var adasForm = await ParseAsync(await ada.GetAsync(path, Ct));
        var managersForm = await ParseAsync(await manager.GetAsync(path, Ct));

        Assert.Equal(HttpStatusCode.Redirect, (await IroTestHost.PostFormAsync(ada, path,
            new() { ["Version"] = Version(adasForm), ["Venue"] = "At home" }, Ct)).StatusCode);
        var second = await ParseAsync(await IroTestHost.PostFormAsync(manager, path,
            new() { ["Version"] = Version(managersForm), ["Venue"] = "At the office" }, Ct));

        Assert.Contains("Someone else changed this review's preparation", second.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("At the office", second.QuerySelector("#Venue")!.TextContent);
        Assert.Equal("At home", (await ParseAsync(await ada.GetAsync(path, Ct))).QuerySelector("#Venue")!.TextContent);
    }

    [Fact]
    public async Task Permissions_OnlyTheChildsIroAndManagers()
    {
        using var worker = await Host.SignedInClientAsync("worker@north.test", Ct);
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        using var ben = await Host.SignedInClientAsync("ben@north.test", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync(PathFor(Council.DueSoon), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync($"{PathFor(Council.DueSoon)}/consultation/{Guid.NewGuid()}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ada.GetAsync($"{PathFor(Council.DueSoon)}/consultation/{Guid.NewGuid()}", Ct)).StatusCode);
        // Bea's IRO is Ben: Ada may not prepare her review, Ben may.
        Assert.Equal(HttpStatusCode.Forbidden, (await ada.GetAsync($"{PathFor(Council.BensChild)}/advocacy", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ben.GetAsync($"{PathFor(Council.BensChild)}/advocacy", Ct)).StatusCode);
        var worker403 = await IroTestHost.PostFormAsync(worker, $"{PathFor(Council.DueSoon)}/advocacy",
            new() { ["ToldOn.Day"] = "1", ["ToldOn.Month"] = "11", ["ToldOn.Year"] = "2026" }, Ct, formPath: "/accessibility");
        Assert.Equal(HttpStatusCode.Forbidden, worker403.StatusCode);
        // A held review has no preparation to do.
        var held = Council.Overdue.Reviews.Single(r => r.HeldOn is not null).Id;
        Assert.Equal(HttpStatusCode.NotFound, (await ada.GetAsync($"/children/{Council.Overdue.Id}/reviews/{held}/preparation", Ct)).StatusCode);
    }
}
