using System.Net;
using Iro.Tests.Shared;

namespace Iro.Web.Tests.Features;

/// <summary>Every page × every role in the test council, with the answer expected. 403 on denial, never a
/// redirect loop; anonymous users are sent to sign in.</summary>
public sealed class PermissionMatrixTests(IroTestHost host) : PageTest(host)
{
    public static TheoryData<string, string, int> Matrix()
    {
        var data = new TheoryData<string, string, int>();
        string[] emails = ["ada@north.test", "manager@north.test", "worker@north.test", "inspector@north.test", "admin@north.test", "analyst@north.test",
            "advocate@north.test", "visitor@north.test"];
        var expected = new Dictionary<string, int[]>
        {
            // ada (IRO), manager, social worker, inspector, council administrator, data analyst, advocate (referred to
            // Olive, the overdue child, only), regulation 44 visitor (no child records)
            ["/caseload"] = [200, 200, 403, 403, 403, 403, 403, 403],
            ["/service"] = [403, 200, 403, 200, 200, 403, 403, 403],
            ["/children/{overdue}"] = [200, 200, 403, 200, 403, 403, 200, 403],
            ["/children/{bens}"] = [403, 200, 403, 200, 403, 403, 403, 403],
            ["/children/{duesoon}"] = [200, 200, 200, 200, 403, 403, 403, 403],
            ["/children/{overdue}/allocate-iro"] = [403, 200, 403, 403, 403, 403, 403, 403],
            ["/children/{overdue}/record-review"] = [200, 200, 403, 403, 403, 403, 403, 403],
            ["/children/{overdue}/decisions/add"] = [200, 200, 403, 403, 403, 403, 403, 403],
            // Preparing the next review: the child's IRO and IRO managers, as for recording it.
            ["/children/{overdue}/reviews/{overdue-review}/preparation"] = [200, 200, 403, 403, 403, 403, 403, 403],
            ["/children/{overdue}/reviews/{overdue-review}/preparation/invitations"] = [200, 200, 403, 403, 403, 403, 403, 403],
            ["/children/{overdue}/reviews/{overdue-review}/preparation/consultation"] = [200, 200, 403, 403, 403, 403, 403, 403],
            ["/children/{overdue}/reviews/{overdue-review}/preparation/private-conversation"] = [200, 200, 403, 403, 403, 403, 403, 403],
            ["/children/{overdue}/reviews/{overdue-review}/preparation/advocacy"] = [200, 200, 403, 403, 403, 403, 403, 403],
            ["/children/{overdue}/reviews/{overdue-review}/preparation/rights"] = [200, 200, 403, 403, 403, 403, 403, 403],
            ["/children/{duesoon}/reviews/{duesoon-review}/preparation"] = [200, 200, 403, 403, 403, 403, 403, 403],
            // The record of a review is part of the child's record; recording one is the IRO's and the manager's.
            ["/children/{overdue}/reviews/{overdue-held-review}"] = [200, 200, 403, 200, 403, 403, 200, 403],
            ["/children/{overdue}/record-review/{overdue-held-review}/confirmation"] = [200, 200, 403, 403, 403, 403, 403, 403],
            // Between reviews and dispute resolution: the child's IRO and IRO managers act; managers, senior managers
            // and inspectors see every open issue on /disputes.
            ["/children/{overdue}/monitoring/contact"] = [200, 200, 403, 403, 403, 403, 403, 403],
            ["/children/{overdue}/monitoring/significant-event"] = [200, 200, 403, 403, 403, 403, 403, 403],
            ["/children/{overdue}/disputes/raise"] = [200, 200, 403, 403, 403, 403, 403, 403],
            ["/children/{bens}/disputes/raise"] = [403, 200, 403, 403, 403, 403, 403, 403],
            ["/children/{overdue}/cafcass/refer"] = [200, 200, 403, 403, 403, 403, 403, 403],
            ["/disputes"] = [403, 200, 403, 200, 403, 403, 403, 403],
            // Who viewed or changed a child's record: managers, administrators and inspectors; not IROs or social workers.
            ["/audit/children/{overdue}"] = [403, 200, 403, 200, 200, 403, 403, 403],
            ["/audit/children/{duesoon}"] = [403, 200, 403, 200, 200, 403, 403, 403],
            // An IRO starts on what needs them today; other roles are sent on to their own start page.
            ["/"] = [200, 302, 200, 302, 302, 302, 200, 200],
            // Work lists and manager oversight of IROs (issue 5 §6, §7): IRO managers (and senior managers, not in
            // this matrix, for the service's work and the figures); an IRO reads the audits of their own work.
            ["/service/work"] = [403, 200, 403, 403, 403, 403, 403, 403],
            ["/oversight/iros"] = [403, 200, 403, 403, 403, 403, 403, 403],
            ["/oversight/audits"] = [200, 200, 403, 403, 403, 403, 403, 403],
            ["/oversight/audits/sample"] = [403, 200, 403, 403, 403, 403, 403, 403],
            ["/oversight/supervision"] = [403, 200, 403, 403, 403, 403, 403, 403],
            ["/oversight/supervision/record"] = [403, 200, 403, 403, 403, 403, 403, 403],
            // The child's timeline: whoever may see the child, except an advocate.
            ["/children/{overdue}/timeline"] = [200, 200, 403, 200, 403, 403, 403, 403],
            ["/children/{duesoon}/timeline"] = [200, 200, 200, 200, 403, 403, 403, 403],
            ["/children/{bens}/timeline"] = [403, 200, 403, 200, 403, 403, 403, 403],
            ["/data/ssda903/validate"] = [403, 403, 403, 403, 200, 200, 403, 403],
            ["/data/ssda903/import"] = [403, 403, 403, 403, 200, 200, 403, 403],
            // Who can sign in, and deactivating a leaver: the council administrator.
            ["/users"] = [403, 403, 403, 403, 200, 403, 403, 403],
            ["/accessibility"] = [200, 200, 200, 200, 200, 200, 200, 200],
            // Everyone manages their own two-factor authentication; nobody in the test council but the
            // administrator has it on, and an administrator may not turn it off.
            ["/account/two-factor"] = [200, 200, 200, 200, 200, 200, 200, 200],
            ["/account/two-factor/set-up"] = [200, 200, 200, 200, 302, 200, 200, 200],
            ["/account/two-factor/recovery-codes"] = [302, 302, 302, 302, 200, 302, 302, 302],
            ["/account/two-factor/turn-off"] = [302, 302, 302, 302, 403, 302, 302, 302],
        };
        foreach (var (path, answers) in expected)
        {
            for (var i = 0; i < emails.Length; i++)
            {
                data.Add(path, emails[i], answers[i]);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Get_AsRole_AnswersAsExpected(string path, string email, int expected)
    {
        using var client = await Host.SignedInClientAsync(email, Ct);
        var response = await client.GetAsync(Resolve(path), Ct);
        Assert.Equal((HttpStatusCode)expected, response.StatusCode);
    }

    [Theory]
    [InlineData("/caseload")]
    [InlineData("/service")]
    [InlineData("/")]
    [InlineData("/children/{overdue}")]
    [InlineData("/audit/children/{overdue}")]
    [InlineData("/service/work")]
    [InlineData("/oversight/iros")]
    [InlineData("/oversight/audits")]
    [InlineData("/children/{overdue}/timeline")]
    public async Task Get_Anonymous_RedirectsToSignIn(string path)
    {
        using var client = Host.AnonymousClient();
        var response = await client.GetAsync(Resolve(path), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sign-in")]
    [InlineData("/accessibility")]
    [InlineData("/css/app.css")]
    [InlineData("/lib/govuk/govuk-frontend.min.js")]
    public async Task Get_Anonymous_SignInAndStaticAssetsAreReachable(string path)
    {
        using var client = Host.AnonymousClient();
        var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_ChildOfAnotherCouncil_IsNotFound()
    {
        using var client = await Host.SignedInClientAsync("manager@north.test", Ct);
        var response = await client.GetAsync($"/children/{Council.SouthChild.Id}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private string Resolve(string path) => path
        .Replace("{overdue-review}", Council.Overdue.Reviews.Single(r => r.HeldOn is null).Id.ToString(), StringComparison.Ordinal)
        .Replace("{duesoon-review}", Council.DueSoon.Reviews.Single(r => r.HeldOn is null).Id.ToString(), StringComparison.Ordinal)
        .Replace("{overdue-held-review}", Council.Overdue.Reviews.Single(r => r.HeldOn is not null).Id.ToString(), StringComparison.Ordinal)
        .Replace("{overdue}", Council.Overdue.Id.ToString(), StringComparison.Ordinal)
        .Replace("{bens}", Council.BensChild.Id.ToString(), StringComparison.Ordinal)
        .Replace("{duesoon}", Council.DueSoon.Id.ToString(), StringComparison.Ordinal);
}
