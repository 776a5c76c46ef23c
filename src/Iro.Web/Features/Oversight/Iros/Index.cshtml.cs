using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.Oversight;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Oversight.Iros;

/// <summary>Each IRO's figures side by side over the last 12 months (issue 5 §7): caseload per FTE, reviews on
/// time, the child's participation, decisions followed up and quality-audit grades. Each fact is loaded once, in
/// one query per kind; <see cref="IroFiguresRule"/> does the sums.</summary>
[Authorize(Policy = Policies.ViewIroFigures)]
public sealed class IndexModel(IroDbContext db, TimeProvider clock) : PageModel
{
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public IReadOnlyList<IroFigures> Figures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        To = clock.TodayInEngland();
        From = To.AddYears(-1).AddDays(1);
        var from = From;
        var to = To;

        var caseloads = await db.Children.AsNoTracking()
            .Where(c => c.AllocatedIroId != null && c.PeriodsOfCare.Any(p => p.EndedOn == null))
            .GroupBy(c => c.AllocatedIroId)
            .Select(g => new { Iro = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Iro!.Value, g => g.Count, ct);
        var iros = (await db.IroProfiles.AsNoTracking()
                .Join(db.StaffMembers, p => p.StaffMemberId, s => s.Id, (p, s) => new { s.Id, s.GivenName, s.FamilyName, p.Fte })
                .ToListAsync(ct))
            .Select(i => new IroFact(i.Id, $"{i.GivenName} {i.FamilyName}", i.Fte, caseloads.GetValueOrDefault(i.Id)))
            .OrderBy(i => i.Name, StringComparer.Ordinal).ToList();
        var reviews = await db.Reviews.AsNoTracking()
            .Where(r => r.HeldOn != null && r.HeldOn >= from && r.HeldOn <= to)
            .Select(r => new HeldReviewFact(r.ChairId, r.DueOn, r.HeldOn!.Value, r.ParticipationCode))
            .ToListAsync(ct);
        var decisions = await db.ReviewDecisions.AsNoTracking()
            .Where(d => d.DueOn >= from && d.DueOn <= to)
            .Join(db.Reviews, d => d.ReviewId, r => r.Id, (d, r) => new DecisionFollowUpFact(r.ChairId, d.DueOn, d.Status, d.CompletedOn))
            .ToListAsync(ct);
        var audits = (await db.QualityAudits.AsNoTracking()
                .Where(a => a.Status != QualityAuditStatus.Sampled)
                .Select(a => new { a.IroId, a.ChildsVoice, a.PlanQuality, a.DecisionsClarity, a.DriftChallenge })
                .ToListAsync(ct))
            .Select(a => new AuditGradesFact(a.IroId, new[] { a.ChildsVoice, a.PlanQuality, a.DecisionsClarity, a.DriftChallenge }
                .OfType<QualityGrade>().ToList()));
        Figures = IroFiguresRule.Compute(iros, reviews, decisions, audits, From, To);
    }

    public static string Percent(int? percent, int part, int whole) =>
        percent is { } p ? $"{p}% ({part} of {whole})" : "None";
}
