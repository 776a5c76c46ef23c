using Iro.Tests.Shared;

namespace Iro.Web.Tests.Features;

public sealed class CaseloadPageTests(IroTestHost host) : PageTest(host)
{
    [Fact]
    public async Task Get_AsIro_ListsOnlyTheirChildren_SoonestDueFirst_WithStatus()
    {
        var page = await GetPageAsync("ada@north.test", "/caseload");
        var rows = page.QuerySelectorAll("#caseload tbody tr");
        Assert.Equal(3, rows.Length);
        Assert.Contains("Olive Overdue", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("26 September 2026", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("Overdue", rows[0].QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.Contains("Dara Duesoon", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("Due soon", rows[1].QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.Contains("Sky Scheduled", rows[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("8 March 2027", rows[2].TextContent, StringComparison.Ordinal);
        Assert.Equal("Scheduled", rows[2].QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.DoesNotContain("Bea Benschild", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("My caseload – Iro", page.Title);
    }

    [Theory]
    [InlineData("?status=overdue", "Olive Overdue")]
    [InlineData("?status=due-soon", "Dara Duesoon")]
    [InlineData("?name=sky", "Sky Scheduled")]
    [InlineData("?name=N0001", "Olive Overdue")]
    public async Task Get_WithFilter_ShowsOnlyMatchingChildren(string query, string expected)
    {
        var page = await GetPageAsync("ada@north.test", "/caseload" + query);
        var row = Assert.Single(page.QuerySelectorAll("#caseload tbody tr"));
        Assert.Contains(expected, row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SortedByNameDescending_MarksTheColumnForAssistiveTechnology()
    {
        var page = await GetPageAsync("ada@north.test", "/caseload?sort=name&descending=true");
        var rows = page.QuerySelectorAll("#caseload tbody tr");
        Assert.Contains("Sky Scheduled", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("descending", page.QuerySelector("th[aria-sort=descending]")!.GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task Get_AsManager_WithIro_ShowsThatIrosCaseload()
    {
        var page = await GetPageAsync("manager@north.test", $"/caseload?iro={Council.IroBen.Id}");
        Assert.Contains("Caseload of Ben Chair", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bea Benschild", Assert.Single(page.QuerySelectorAll("#caseload tbody tr")).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsIro_WithAnotherIro_IsForbidden()
    {
        using var client = await Host.SignedInClientAsync("ada@north.test", Ct);
        var response = await client.GetAsync($"/caseload?iro={Council.IroBen.Id}", Ct);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }
}
