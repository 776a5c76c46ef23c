using Iro.Tests.Shared;

namespace Iro.Web.Tests.Features;

public sealed class ServicePageTests(IroTestHost host) : PageTest(host)
{
    [Fact]
    public async Task Get_AsManager_ShowsEachIrosCaseloadAgainstTheBenchmark()
    {
        var page = await GetPageAsync("manager@north.test", "/service");
        var rows = page.QuerySelectorAll("#iros tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(2, rows.Count);
        var ada = rows.Single(r => r[0] == "Ada Reviewer");
        Assert.Equal(["1.0", "3", "3.0", "Below 50", "1", "1"], ada[1..]);
        var ben = rows.Single(r => r[0] == "Ben Chair");
        // Looked after 1 October: the first review was due on 29 October (20 working days), so it is overdue.
        Assert.Equal(["0.5", "1", "2.0", "Below 50", "1", "0"], ben[1..]);
        Assert.DoesNotContain("Sol Southern", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsManager_ListsChildrenWithNoIro_WithWorkingDaysWaiting()
    {
        var page = await GetPageAsync("manager@north.test", "/service");
        var row = Assert.Single(page.QuerySelectorAll("#unallocated tbody tr"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Contains("Nia Noiro", cells[0], StringComparison.Ordinal);
        Assert.Equal("18 November 2026", cells[1]);
        Assert.Equal("3", cells[2]);
        Assert.Equal("16 December 2026", cells[3]);
    }
}
