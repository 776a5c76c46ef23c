using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Iro.Tests.Shared;

namespace Iro.Web.Tests.Features;

public sealed partial class Ssda903PageTests(IroTestHost host) : PageTest(host)
{
    private const string Header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nW900,F,14/03/2015,WBRI,UN1,,\n";
    private const string Episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\nW900,10/06/2025,S,C1,N1,U6,PR1,,,,ZZ1 1AA,ZZ1 2BB,\n";
    private const string Reviews = "CHILD,DOB,REVIEW,REVIEW_CODE\nW900,14/03/2015,01/07/2025,PN1\n";

    [Fact]
    public async Task Import_CheckThenConfirm_AddsTheChild()
    {
        using var client = await Host.SignedInClientAsync("analyst@north.test", Ct);
        var check = await PostFilesAsync(client, "/data/ssda903/import?handler=Check", ("header.csv", Header), ("episodes.csv", Episodes), ("reviews.csv", Reviews));
        var page = await ParseAsync(check);
        Assert.Contains("1 added", page.QuerySelector("#preview")!.TextContent, StringComparison.Ordinal);
        var token = page.QuerySelector("input[name=Token]")!.GetAttribute("value")!;

        var confirm = await PostFormAsync(client, "/data/ssda903/import?handler=Confirm", new() { ["Token"] = token });
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var done = await ParseAsync(await client.GetAsync("/data/ssda903/import", Ct));
        Assert.Contains("1 children added", done.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);

        using var manager = await Host.SignedInClientAsync("manager@north.test", Ct);
        var service = await ParseAsync(await manager.GetAsync("/service", Ct));
        Assert.Contains("Child W900", service.QuerySelector("#unallocated")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadInput_ListsEveryProblem_AndOffersNoConfirmation()
    {
        using var client = await Host.SignedInClientAsync("admin@north.test", Ct);
        var bad = Episodes.Replace("10/06/2025", "31/02/2025", StringComparison.Ordinal) + "Q1,01/06/2025,S,C2,N1,U6,PR1,,,,,,\n";
        var page = await ParseAsync(await PostFilesAsync(client, "/data/ssda903/import?handler=Check", ("header.csv", Header), ("episodes.csv", bad)));
        var problems = page.QuerySelector("#problems")!.TextContent;
        Assert.Contains("episodes.csv:2: DECOM '31/02/2025'", problems, StringComparison.Ordinal);
        Assert.Contains("episodes.csv:3: CHILD 'Q1'", problems, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("input[name=Token]"));
    }

    [Fact]
    public async Task Validate_Upload_GroupsFailuresByRule_WithTheChildAndRow()
    {
        using var client = await Host.SignedInClientAsync("analyst@north.test", Ct);
        var pn0ForAnEleven = Reviews.Replace("PN1", "PN0", StringComparison.Ordinal);
        var page = await ParseAsync(await PostFilesAsync(client, "/data/ssda903/validate?handler=Upload", ("header.csv", Header), ("episodes.csv", Episodes), ("reviews.csv", pn0ForAnEleven)));
        var rule = page.QuerySelector("#rule-440")!;
        Assert.Contains("W900", rule.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Reviews", rule.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Held_ChecksWhatIroHolds()
    {
        using var client = await Host.SignedInClientAsync("analyst@north.test", Ct);
        var response = await PostFormAsync(client, "/data/ssda903/validate?handler=Held", new() { ["Year"] = "2026-27" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Contains("what Iro holds", page.QuerySelector("#results")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostFilesAsync(HttpClient client, string url, params (string Name, string Content)[] files)
    {
        var token = await TokenAsync(client, url.Split('?')[0]);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("2025-26"), "Year" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "Files", name);
        }
        return await client.PostAsync(url, form, Ct);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(client, url.Split('?')[0]);
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(url, form, Ct);
    }

    private static async Task<string> TokenAsync(HttpClient client, string path) =>
        AntiforgeryToken().Match(await client.GetStringAsync(path, Ct)).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
