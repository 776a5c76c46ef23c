using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Children;
using Iro.Core.Data;
using Iro.Core.DisputeResolution;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children.Disputes;

/// <summary>One open issue as the child's page and the manager's list show it.</summary>
/// <param name="Stage">The highest formal stage raised, or "Informal" before any.</param>
/// <param name="AwaitingLate">The current stage is unanswered past its due date.</param>
public sealed record OpenIssue(DisputeIssue Issue, string Stage, int WorkingDaysOpen, DateOnly? ResponseDueOn, bool AwaitingLate,
    bool AnyStageLate, bool PastWholeProcessLimit)
{
    public static OpenIssue Of(DisputeIssue issue, DateOnly today, DisputeResolutionPolicy ladder, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var progress = issue.Progress(today, ladder, calendar);
        var current = issue.CurrentStage;
        var awaiting = current is { RespondedOn: null } && issue.IsOpen;
        return new OpenIssue(issue, current?.Stage ?? "Informal", DisputeWorkList.WorkingDaysOpen(issue, today, calendar),
            awaiting ? current!.ResponseDueOn : null, awaiting && today > current!.ResponseDueOn,
            progress?.AnyStageLate ?? false, progress?.PastWholeProcessLimit ?? false);
    }
}

/// <summary>What the child's page shows of dispute resolution: every open issue, and Cafcass referrals.</summary>
public sealed record DisputesPanel(ChildId ChildId, IReadOnlyList<OpenIssue> Open, int Resolved, IReadOnlyList<CafcassReferral> Referrals,
    Guid? LatestReviewId, bool CanRaise)
{
    /// <summary>The open issue raised about this decision, if there is one: the decision is escalated already.</summary>
    public OpenIssue? ForDecision(Guid decisionId) => Open.FirstOrDefault(o => o.Issue.ReviewDecisionId == decisionId);

    public static async Task<DisputesPanel> LoadAsync(IroDbContext db, Child child, DateOnly today, IWorkingDayCalendar calendar,
        bool canRaise, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(child);
        var issues = await db.DisputeIssues.AsNoTracking().Where(i => i.ChildId == child.Id).ToListAsync(ct);
        var ladder = await db.Councils.Where(c => c.Id == child.CouncilId).Select(c => c.DisputeResolution).SingleAsync(ct);
        var referrals = await db.CafcassReferrals.AsNoTracking().Where(r => r.ChildId == child.Id).OrderByDescending(r => r.ReferredOn).ToListAsync(ct);
        var latest = child.Reviews.Where(r => r.HeldOn is not null).MaxBy(r => r.HeldOn);
        return new DisputesPanel(child.Id,
            [.. issues.Where(i => i.IsOpen).OrderBy(i => i.RaisedOn).Select(i => OpenIssue.Of(i, today, ladder, calendar))],
            issues.Count(i => !i.IsOpen), referrals, latest?.Id, canRaise);
    }
}
