using System.Security.Claims;
using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.DisputeResolution;
using Iro.Core.Monitoring;
using Iro.Core.ReviewCycle;
using Iro.Core.Reviews.Preparation;
using Iro.Core.WorkLists;
using Iro.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Service.Work;

/// <summary>Loads the facts every work-list source needs in a few set-based queries (never one per child) and
/// composes the list in C#: dates are compared in the query, never computed there.</summary>
/// <remarks>To add a source at merge time: load its facts here (one query, filtered by the same children) and pass
/// <c>WorkListSources.From…(facts, …)</c> to <see cref="WorkList.Of"/> below.</remarks>
public static class WorkListQuery
{
    /// <summary>The work of one IRO's children (<paramref name="iro"/>), or of the whole service (null), plus
    /// children with no IRO when <paramref name="includeUnallocated"/>.</summary>
    public static async Task<WorkList> LoadAsync(IroDbContext db, ClaimsPrincipal user, DateOnly today, IWorkingDayCalendar calendar,
        StaffMemberId? iro, bool includeUnallocated, CancellationToken ct)
    {
        var userId = ChildAccess.UserId(user);
        var inCare = db.Children.AsNoTracking().Where(c => c.PeriodsOfCare.Any(p => p.EndedOn == null));
        inCare = iro is { } one
            ? inCare.Where(c => c.AllocatedIroId == one)
            : includeUnallocated ? inCare : inCare.Where(c => c.AllocatedIroId != null);
        var children = await inCare
            .Select(c => new
            {
                c.Id, c.GivenName, c.FamilyName, c.ChildNumber, c.AllocatedIroId,
                Hidden = c.IsRestricted && !c.NamedAccess.Any(a => a.UserId == userId),
                Since = c.PeriodsOfCare.Where(p => p.EndedOn == null).Select(p => p.StartedOn).FirstOrDefault(),
                LegalStatus = c.PeriodsOfCare.Where(p => p.EndedOn == null)
                    .SelectMany(p => p.Episodes).OrderByDescending(e => e.StartedOn).Select(e => e.LegalStatus).FirstOrDefault(),
                Next = db.Reviews.Where(r => r.ChildId == c.Id && r.HeldOn == null).Select(r => new { r.Id, r.DueOn, r.DueRule }).FirstOrDefault(),
                LastHeld = db.Reviews.Where(r => r.ChildId == c.Id && r.HeldOn != null).Max(r => r.HeldOn),
            })
            .ToListAsync(ct);
        var byId = children.ToDictionary(c => c.Id, c => (Child: new WorkChild(c.Id,
            c.Hidden ? ChildAccess.RestrictedName : $"{c.GivenName} {c.FamilyName}", c.Hidden ? "" : c.ChildNumber), Iro: c.AllocatedIroId));

        var decisions = await db.ReviewDecisions.AsNoTracking()
            .Where(d => d.Status == Core.Reviews.DecisionStatus.Open && d.DueOn < today)
            .Where(d => inCare.Any(c => c.Id == d.ChildId))
            .Select(d => new { d.Id, d.ChildId, d.Matter, d.OwnerName, d.DueOn, d.Status })
            .ToListAsync(ct);

        // Preparation for each child's next review (not the reviews already held): one query each for preparations
        // and consultations.
        var upcoming = db.Reviews.Where(r => r.HeldOn == null && inCare.Any(c => c.Id == r.ChildId)).Select(r => r.Id);
        var preparations = await db.ReviewPreparations.AsNoTracking()
            .Where(p => upcoming.Contains(p.ReviewId)).ToDictionaryAsync(p => p.ReviewId, ct);
        var consultations = (await db.Consultations.AsNoTracking()
            .Where(k => upcoming.Contains(k.ReviewId)).ToListAsync(ct)).ToLookup(k => k.ReviewId);

        // Only meetings recorded in Iro have a record to issue: a review known only by its date (from the 903
        // return or an earlier system) has none here.
        var records = await db.Reviews.AsNoTracking()
            .Where(r => (r.HeldOn != null && r.Mode != null && (r.DecisionsIssuedOn == null || r.RecordIssuedOn == null))
                || (r.AdjournedOn != null && r.HeldOn == null))
            .Where(r => inCare.Any(c => c.Id == r.ChildId))
            .Select(r => new { r.Id, r.ChildId, r.HeldOn, r.AdjournedOn, r.DecisionsIssuedOn, r.RecordIssuedOn })
            .ToListAsync(ct);

        var issues = await db.DisputeIssues.AsNoTracking()
            .Where(i => i.ResolvedOn == null && inCare.Any(c => c.Id == i.ChildId)).ToListAsync(ct);
        var midwayContacts = (await db.MonitoringContacts.AsNoTracking()
                .Where(m => m.Kind == MonitoringContactKind.MidwayCheck && inCare.Any(c => c.Id == m.ChildId))
                .Select(m => new { m.ChildId, m.On, m.Kind }).ToListAsync(ct))
            .ToLookup(m => m.ChildId, m => (m.On, m.Kind));
        var events = await db.SignificantEvents.AsNoTracking()
            .Where(e => e.AcknowledgedOn == null && inCare.Any(c => c.Id == e.ChildId))
            .Select(e => new { e.ChildId, e.Kind, e.ChangeOn, e.HasHappened, e.RecordedOn }).ToListAsync(ct);

        var council = await CouncilPoliciesAsync(db, user, ct);
        var policy = council.ReviewCycle;
        var allocated = children.Where(c => c.AllocatedIroId is not null).ToList();
        var preparation = allocated.Where(c => c.Next is not null).Select(c =>
        {
            preparations.TryGetValue(c.Next!.Id, out var prep);
            var meetingOn = prep?.MeetingOn ?? c.Next.DueOn;
            var tasks = PreparationTasks.For(meetingOn, prep, consultations[c.Next.Id], policy, calendar, today,
                ChildRights.ChecklistFor(c.LegalStatus));
            return new PreparationFact(byId[c.Id].Child, c.AllocatedIroId, c.Next.Id, meetingOn, tasks);
        });
        return WorkList.Of(
            WorkListSources.FromReviews(allocated.Where(c => c.Next is not null)
                .Select(c => new ReviewDueFact(byId[c.Id].Child, c.AllocatedIroId, c.Next!.DueOn, c.Next.DueRule)), today, calendar),
            WorkListSources.FromDecisions(decisions.Where(d => byId.ContainsKey(d.ChildId))
                .Select(d => new DecisionFact(byId[d.ChildId].Child, byId[d.ChildId].Iro, d.Id, d.Matter, d.OwnerName, d.DueOn, d.Status)), today),
            includeUnallocated
                ? WorkListSources.FromUnallocated(children.Where(c => c.AllocatedIroId is null)
                    .Select(c => new UnallocatedFact(byId[c.Id].Child, c.Since)), today, policy, calendar)
                : [],
            WorkListSources.FromPreparation(preparation, today, calendar),
            WorkListSources.FromReviewRecords(records.Where(r => byId.ContainsKey(r.ChildId)).Select(r => new ReviewRecordFact(
                byId[r.ChildId].Child, byId[r.ChildId].Iro, r.Id, new(r.HeldOn, r.AdjournedOn, r.DecisionsIssuedOn, r.RecordIssuedOn))),
                today, policy, calendar),
            WorkListSources.FromDisputes(issues.Where(i => byId.ContainsKey(i.ChildId))
                .Select(i => new DisputeFact(byId[i.ChildId].Child, byId[i.ChildId].Iro, i)).ToList(),
                today, council.DisputeResolution, policy, calendar),
            WorkListSources.FromMidwayChecks(allocated.Select(c =>
                    MidwayCheck.Of(c.LastHeld, c.Next?.DueOn, midwayContacts[c.Id], today) is { } check
                        ? new MidwayFact(byId[c.Id].Child, c.AllocatedIroId, check) : null)
                .OfType<MidwayFact>(), today),
            WorkListSources.FromSignificantEvents(events.Where(e => byId.ContainsKey(e.ChildId)).Select(e => new SignificantEventFact(
                byId[e.ChildId].Child, byId[e.ChildId].Iro, e.Kind, e.ChangeOn, e.HasHappened, e.RecordedOn)), today, policy, calendar));
    }

    /// <summary>The overdue decisions owned by one member of staff (a social worker, a team manager): the owner's own
    /// list (issue 5 §4), whoever the children's IRO is.</summary>
    public static async Task<WorkList> LoadOwnedDecisionsAsync(IroDbContext db, ClaimsPrincipal user, DateOnly today,
        StaffMemberId owner, CancellationToken ct)
    {
        var userId = ChildAccess.UserId(user);
        var decisions = await db.ReviewDecisions.AsNoTracking()
            .Where(d => d.OwnerId == owner && d.Status == Core.Reviews.DecisionStatus.Open && d.DueOn < today)
            .Join(db.Children, d => d.ChildId, c => c.Id, (d, c) => new
            {
                d.Id, d.ChildId, d.Matter, d.OwnerName, d.DueOn, d.Status, c.GivenName, c.FamilyName, c.ChildNumber, c.AllocatedIroId,
                Hidden = c.IsRestricted && !c.NamedAccess.Any(a => a.UserId == userId),
            })
            .ToListAsync(ct);
        return WorkList.Of(WorkListSources.FromDecisions(decisions.Select(d => new DecisionFact(
            new WorkChild(d.ChildId, d.Hidden ? ChildAccess.RestrictedName : $"{d.GivenName} {d.FamilyName}", d.Hidden ? "" : d.ChildNumber),
            d.AllocatedIroId, d.Id, d.Matter, d.OwnerName, d.DueOn, d.Status)), today));
    }

    /// <summary>The signed-in user's council's review-cycle limits and dispute ladder (the defaults for a user
    /// with no council).</summary>
    public static async Task<(ReviewCyclePolicy ReviewCycle, DisputeResolutionPolicy DisputeResolution)> CouncilPoliciesAsync(
        IroDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = CouncilId.TryParse(user.FindFirstValue(IroClaims.CouncilId), null, out var council)
            ? await db.Councils.AsNoTracking().Where(c => c.Id == council)
                .Select(c => new { c.ReviewCycle, c.DisputeResolution }).SingleOrDefaultAsync(ct)
            : null;
        return (found?.ReviewCycle ?? ReviewCyclePolicy.Default, found?.DisputeResolution ?? DisputeResolutionPolicy.Default);
    }
}
