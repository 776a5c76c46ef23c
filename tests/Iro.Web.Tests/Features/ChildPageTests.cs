using Iro.Tests.Shared;

namespace Iro.Web.Tests.Features;

public sealed class ChildPageTests(IroTestHost host) : PageTest(host)
{
    [Fact]
    public async Task Get_NewlyLookedAfter_ExplainsTheFirstReviewDate()
    {
        var page = await GetPageAsync("ada@north.test", $"/children/{Council.DueSoon.Id}");
        var why = page.QuerySelector("#why-this-date")!.TextContent;
        Assert.Contains("reg 33(1)", why, StringComparison.Ordinal);
        Assert.Contains("9 November 2026", why, StringComparison.Ordinal);
        Assert.Contains("7 December 2026", page.QuerySelector("#next-review")!.NextElementSibling!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Saturday", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Overdue_WarnsAndExplainsTheSecondReviewRule()
    {
        var page = await GetPageAsync("ada@north.test", $"/children/{Council.Overdue.Id}");
        Assert.Contains("overdue", page.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("reg 33(2)", page.QuerySelector("#why-this-date")!.TextContent, StringComparison.Ordinal);
        var review = Assert.Single(page.QuerySelectorAll("#reviews tbody tr"));
        Assert.Contains("26 June 2026", review.TextContent, StringComparison.Ordinal);
        Assert.Contains("Yes", review.TextContent, StringComparison.Ordinal);
        Assert.Contains("PN1", review.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ShowsTimelineAndAllocations()
    {
        var page = await GetPageAsync("manager@north.test", $"/children/{Council.Scheduled.Id}");
        Assert.Contains("Period of care from 18 May 2026", page.QuerySelector("#timeline")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ada Reviewer", page.QuerySelector("#allocations")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("#reviews tbody tr").Length);
    }
}
