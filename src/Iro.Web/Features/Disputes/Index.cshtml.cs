using System.Security.Claims;
using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.DisputeResolution;
using Iro.Web.Features.Children.Disputes;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Disputes;

/// <summary>The manager's view of dispute resolution across the council: every open issue by stage and age in
/// working days, late stage responses and processes past the council's limit (at most 20 working days, IRO
/// Handbook 2010 §6.2) flagged, and Cafcass referrals. Read only.</summary>
[Authorize(Policy = Policies.ViewDisputes)]
public sealed class IndexModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar) : PageModel
{
    public sealed record Row(OpenIssue Open, ChildId ChildId, string ChildName, bool CanOpen);

    public sealed record ReferralRow(CafcassReferral Referral, string ChildName, bool CanOpen);

    public DateOnly Today { get; private set; }
    public DisputeResolutionPolicy Ladder { get; private set; } = DisputeResolutionPolicy.Default;

    /// <summary>Open issues grouped by the stage reached, informal first, then up the ladder.</summary>
    public IReadOnlyList<(string Stage, IReadOnlyList<Row> Rows)> ByStage { get; private set; } = [];

    public IReadOnlyList<ReferralRow> Referrals { get; private set; } = [];
    public int Open { get; private set; }
    public int LateResponses { get; private set; }
    public int PastLimit { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = clock.TodayInEngland();
        if (CouncilId.TryParse(User.FindFirstValue(IroClaims.CouncilId), null, out var council))
        {
            Ladder = await db.Councils.Where(c => c.Id == council).Select(c => c.DisputeResolution).SingleOrDefaultAsync(ct)
                ?? DisputeResolutionPolicy.Default;
        }
        var issues = await db.DisputeIssues.AsNoTracking().Where(i => i.ResolvedOn == null).ToListAsync(ct);
        var referrals = await db.CafcassReferrals.AsNoTracking().OrderByDescending(r => r.ReferredOn).ToListAsync(ct);
        var childIds = issues.Select(i => i.ChildId).Concat(referrals.Select(r => r.ChildId)).Distinct().ToList();
        var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);

        (string Name, bool CanOpen) Child(ChildId id) => children.TryGetValue(id, out var c) && ChildAccess.CanView(User, c)
            ? (c.FullName, true)
            : (ChildAccess.RestrictedName, false);

        var rows = issues.Select(i => (Open: OpenIssue.Of(i, Today, Ladder, calendar), Child: Child(i.ChildId)))
            .Select(x => new Row(x.Open, x.Open.Issue.ChildId, x.Child.Name, x.Child.CanOpen)).ToList();
        var order = new List<string> { "Informal" };
        order.AddRange(Ladder.Stages.Select(s => s.Name));
        order.AddRange(rows.Select(r => r.Open.Stage).Where(s => !order.Contains(s)).Distinct().Order(StringComparer.Ordinal));
        ByStage = [.. order.Select(s => (s, (IReadOnlyList<Row>)[.. rows.Where(r => r.Open.Stage == s).OrderByDescending(r => r.Open.WorkingDaysOpen)]))
            .Where(g => g.Item2.Count > 0)];
        Referrals = [.. referrals.Select(r => (r, Child(r.ChildId))).Select(x => new ReferralRow(x.r, x.Item2.Name, x.Item2.CanOpen))];
        Open = rows.Count;
        LateResponses = DisputeWorkList.AwaitingResponse(issues, Today).Count(a => a.IsLate);
        PastLimit = DisputeWorkList.PastWholeProcessLimit(issues, Today, Ladder, calendar).Count;
        return Page();
    }
}
