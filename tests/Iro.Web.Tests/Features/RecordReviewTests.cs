using System.Net;
using Iro.Tests.Shared;

namespace Iro.Web.Tests.Features;

/// <summary>Recording a review held (issue 5 §3): the participation code is guarded by the child's age, the
/// next due date updates at once, and two people recording the same review cannot overwrite each other.</summary>
public sealed class RecordReviewTests(IroTestHost host) : PageTest(host)
{
    [Fact]
    public async Task Record_UpdatesTheNextDueDateAtOnce()
    {
        var path = $"/children/{Council.Overdue.Id}/record-review";
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        var form = await ParseAsync(await ada.GetAsync(path, Ct));
        var version = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var future = await ParseAsync(await IroTestHost.PostFormAsync(ada, path, Fields(version, "24", "11", "2026", "PN1"), Ct));
        Assert.Contains("must be today or in the past", future.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        // Olive is 12: PN0 is only for a child under 4.
        var pn0 = await ParseAsync(await IroTestHost.PostFormAsync(ada, path, Fields(version, "20", "11", "2026", "PN0"), Ct));
        Assert.Contains("PN0", pn0.QuerySelector("#Code-error")!.TextContent, StringComparison.Ordinal);

        var done = await IroTestHost.PostFormAsync(ada, path, Fields(version, "20", "11", "2026", "PN1"), Ct);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var child = await ParseAsync(await ada.GetAsync($"/children/{Council.Overdue.Id}", Ct));
        Assert.Contains("The next review is due by 20 May 2027.", child.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("20 May 2027", child.QuerySelector("#next-review + p")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("20 November 2026", child.QuerySelector("#reviews")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoPeopleRecordingTheSameReview_TheSecondIsTold_AndNothingIsOverwritten()
    {
        var path = $"/children/{Council.DueSoon.Id}/record-review";
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        using var manager = await Host.SignedInClientAsync("manager@north.test", Ct);
        var adasForm = await ParseAsync(await ada.GetAsync(path, Ct));
        var managersForm = await ParseAsync(await manager.GetAsync(path, Ct));
        // Dara is 2: PN0 is chosen for her already.
        Assert.NotNull(adasForm.QuerySelector("input#Code[value=PN0][checked]"));

        var first = await IroTestHost.PostFormAsync(ada, path,
            Fields(adasForm.QuerySelector("input[name=Version]")!.GetAttribute("value")!, "20", "11", "2026", "PN0"), Ct);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await ParseAsync(await IroTestHost.PostFormAsync(manager, $"/children/{Council.DueSoon.Id}/record-review",
            Fields(managersForm.QuerySelector("input[name=Version]")!.GetAttribute("value")!, "19", "11", "2026", "PN0"), Ct,
            formPath: $"/children/{Council.DueSoon.Id}"));
        Assert.Contains("Someone else recorded or changed this review", second.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var child = await ParseAsync(await ada.GetAsync($"/children/{Council.DueSoon.Id}", Ct));
        Assert.Contains("20 November 2026", child.QuerySelector("#reviews")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("19 November 2026", child.QuerySelector("#reviews")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_AsASocialWorker_IsForbidden()
    {
        using var worker = await Host.SignedInClientAsync("worker@north.test", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync($"/children/{Council.DueSoon.Id}/record-review", Ct)).StatusCode);
    }

    private static Dictionary<string, string> Fields(string version, string day, string month, string year, string code) => new()
    {
        ["Version"] = version, ["HeldOn.Day"] = day, ["HeldOn.Month"] = month, ["HeldOn.Year"] = year, ["Code"] = code,
    };
}
