using System.Security.Claims;
using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.ReviewCycle;
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
                Next = db.Reviews.Where(r => r.ChildId == c.Id && r.HeldOn == null).Select(r => new { r.DueOn, r.DueRule }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var byId = children.ToDictionary(c => c.Id, c => (Child: new WorkChild(c.Id,
            c.Hidden ? ChildAccess.RestrictedName : $"{c.GivenName} {c.FamilyName}", c.Hidden ? "" : c.ChildNumber), Iro: c.AllocatedIroId));

        var decisions = await db.ReviewDecisions.AsNoTracking()
            .Where(d => d.Status == Core.Reviews.DecisionStatus.Open && d.DueOn < today)
            .Where(d => inCare.Any(c => c.Id == d.ChildId))
            .Select(d => new { d.Id, d.ChildId, d.Matter, d.OwnerName, d.DueOn, d.Status })
            .ToListAsync(ct);

        var policy = await CouncilPolicyAsync(db, user, ct);
        var allocated = children.Where(c => c.AllocatedIroId is not null).ToList();
        return WorkList.Of(
            WorkListSources.FromReviews(allocated.Where(c => c.Next is not null)
                .Select(c => new ReviewDueFact(byId[c.Id].Child, c.AllocatedIroId, c.Next!.DueOn, c.Next.DueRule)), today, calendar),
            WorkListSources.FromDecisions(decisions.Where(d => byId.ContainsKey(d.ChildId))
                .Select(d => new DecisionFact(byId[d.ChildId].Child, byId[d.ChildId].Iro, d.Id, d.Matter, d.OwnerName, d.DueOn, d.Status)), today),
            includeUnallocated
                ? WorkListSources.FromUnallocated(children.Where(c => c.AllocatedIroId is null)
                    .Select(c => new UnallocatedFact(byId[c.Id].Child, c.Since)), today, policy, calendar)
                : []);
    }

    /// <summary>The signed-in user's council's review-cycle limits (the default for a user with no council).</summary>
    public static async Task<ReviewCyclePolicy> CouncilPolicyAsync(IroDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!CouncilId.TryParse(user.FindFirstValue(IroClaims.CouncilId), null, out var council))
        {
            return ReviewCyclePolicy.Default;
        }
        return await db.Councils.AsNoTracking().Where(c => c.Id == council).Select(c => c.ReviewCycle).SingleOrDefaultAsync(ct)
            ?? ReviewCyclePolicy.Default;
    }
}
