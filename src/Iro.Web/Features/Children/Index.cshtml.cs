using Iro.Core;
using Iro.Core.Audit;
using Iro.Core.Calendar;
using Iro.Core.Caseloads;
using Iro.Core.Children;
using Iro.Core.Councils;
using Iro.Core.Data;
using Iro.Core.Reviews;
using Iro.Web.Features.Children.Timeline;
using Iro.Web.Security;
using Iro.Core.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children;

/// <summary>A child's record: who they are, their time in care, their reviews, and why the next review is
/// due when it is.</summary>
[Authorize(Policy = Policies.ViewChildRecord)]
public sealed class IndexModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar, IAuthorizationService authorization,
    UserManager<IroUser> users) : PageModel
{
    public Child Child { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public ReviewDue? NextReview { get; private set; }
    public ReviewStatus? NextReviewStatus { get; private set; }
    public Episode? CurrentEpisode { get; private set; }
    public IReadOnlyDictionary<StaffMemberId, string> StaffNames { get; private set; } = new Dictionary<StaffMemberId, string>();
    public bool AdvocacyViewOnly { get; private set; }
    public bool CanReferToAdvocacy { get; private set; }
    public bool CanManageRestriction { get; private set; }
    public bool CanAllocateIro { get; private set; }
    public bool CanRecordReview { get; private set; }
    public IReadOnlyList<(StaffMemberId Id, string Name)> Advocates { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> CouncilUsers { get; private set; } = [];
    public Monitoring.MonitoringPanel? Monitoring { get; private set; }
    public Disputes.DisputesPanel? Disputes { get; private set; }
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(ChildId childId, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().AsSplitQuery()
            .Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
            .Include(c => c.Reviews)
            .Include(c => c.Allocations)
            .Include(c => c.Triggers)
            .Include(c => c.Decisions)
            .SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null)
        {
            return NotFound();
        }
        if (!ChildAccess.CanView(User, child))
        {
            return Forbid();
        }
        await db.RecordChildViewAsync(child, ct);
        Child = child;
        Today = clock.TodayInEngland();
        NextReview = child.NextReviewDue(calendar);
        NextReviewStatus = NextReview is null ? null : ReviewStatusRule.Of(NextReview.DueOn, Today, calendar);
        CurrentEpisode = child.CurrentPeriodOfCare?.CurrentEpisode;

        AdvocacyViewOnly = ChildAccess.SeesAdvocacyViewOnly(User);
        CanReferToAdvocacy = (await authorization.AuthorizeAsync(User, Policies.ReferToAdvocacy)).Succeeded;
        CanManageRestriction = (await authorization.AuthorizeAsync(User, Policies.ManageRestrictedRecords)).Succeeded;
        CanAllocateIro = (await authorization.AuthorizeAsync(User, Policies.AllocateIro)).Succeeded;
        CanRecordReview = (await authorization.AuthorizeAsync(User, Policies.RecordReview)).Succeeded;
        // An advocate sees only what advocacy needs: no timeline, monitoring or disputes.
        if (!AdvocacyViewOnly)
        {
            Timeline = await ChildTimeline.LoadAsync(db, child.Id, take: 10, ct);
            Monitoring = await Features.Children.Monitoring.MonitoringPanel.LoadAsync(db, child, NextReview?.DueOn, Today,
                (await authorization.AuthorizeAsync(User, Policies.RecordMonitoring)).Succeeded, ct);
            Disputes = await Features.Children.Disputes.DisputesPanel.LoadAsync(db, child, Today, calendar,
                (await authorization.AuthorizeAsync(User, Policies.RaiseDispute)).Succeeded, ct);
        }

        var staffIds = child.Allocations.Select(a => a.IroId)
            .Concat(child.Reviews.Where(r => r.ChairId is not null).Select(r => r.ChairId!.Value))
            .Concat(child.SocialWorkerId is { } sw ? [sw] : [])
            .Concat(child.AdvocacyReferrals.Select(r => r.AdvocateId))
            .Distinct().ToList();
        StaffNames = await db.StaffMembers.AsNoTracking().Where(s => staffIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.GivenName + " " + s.FamilyName, ct);
        if (CanReferToAdvocacy)
        {
            Advocates = (await db.StaffMembers.AsNoTracking().Where(s => s.Role == StaffRole.Advocate)
                    .Select(s => new { s.Id, s.GivenName, s.FamilyName }).ToListAsync(ct))
                .Select(s => (s.Id, $"{s.GivenName} {s.FamilyName}")).OrderBy(s => s.Item2, StringComparer.Ordinal).ToList();
        }
        if (CanManageRestriction && child.IsRestricted)
        {
            var council = child.CouncilId;
            CouncilUsers = (await users.Users.AsNoTracking().Where(u => u.CouncilId == council && u.IsActive)
                    .Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct))
                .Select(u => (u.Id, u.DisplayName)).OrderBy(u => u.Item2, StringComparer.Ordinal).ToList();
        }
        return Page();
    }

    public string UserName(Guid id) => CouncilUsers.FirstOrDefault(u => u.Id == id).Name ?? "A user no longer active";

    public Task<IActionResult> OnPostDecisionDoneAsync(ChildId childId, Guid decisionId, string? evidence, CancellationToken ct) =>
        ChangeAsync(childId, Policies.ViewChildRecord, child =>
        {
            var decision = child.Decisions.SingleOrDefault(d => d.Id == decisionId)
                ?? throw new DomainRuleException("There is no such decision.");
            if (!CanMarkDone(decision))
            {
                throw new DomainRuleException("Only the decision's owner or the child's IRO can mark it as done.");
            }
            decision.MarkCompleted(clock.TodayInEngland(), evidence ?? "");
            return Task.FromResult("The decision is marked as done: the IRO will confirm it.");
        }, ct, includeDecisions: true);

    public Task<IActionResult> OnPostDecisionVerifyAsync(ChildId childId, Guid decisionId, bool confirmed, CancellationToken ct) =>
        ChangeAsync(childId, Policies.RecordReview, child =>
        {
            var decision = child.Decisions.SingleOrDefault(d => d.Id == decisionId)
                ?? throw new DomainRuleException("There is no such decision.");
            decision.Verify(confirmed);
            return Task.FromResult(confirmed ? "The decision is confirmed as done and closed." : "The decision is open again.");
        }, ct, includeDecisions: true);

    /// <summary>The owner (when on the staff list) or anyone who may record the child's reviews.</summary>
    public bool CanMarkDone(ReviewDecision decision) =>
        CanRecordReview || (decision.OwnerId is { } owner && owner == User.StaffMember());

    public Task<IActionResult> OnPostReferAsync(ChildId childId, StaffMemberId? advocateId, CancellationToken ct) =>
        ChangeAsync(childId, Policies.ReferToAdvocacy, async child =>
        {
            if (advocateId is not { } id || !await db.StaffMembers.AnyAsync(s => s.Id == id && s.Role == StaffRole.Advocate, ct))
            {
                throw new DomainRuleException("Choose the advocate to refer the child to.");
            }
            child.ReferToAdvocate(id, clock.TodayInEngland());
            return "The child has been referred to the advocate.";
        }, ct);

    public Task<IActionResult> OnPostEndReferralAsync(ChildId childId, Guid referralId, CancellationToken ct) =>
        ChangeAsync(childId, Policies.ReferToAdvocacy, child =>
        {
            child.EndAdvocacy(referralId, clock.TodayInEngland());
            return Task.FromResult("The advocacy referral has ended.");
        }, ct);

    public Task<IActionResult> OnPostRestrictAsync(ChildId childId, CancellationToken ct) =>
        ChangeAsync(childId, Policies.ManageRestrictedRecords, child =>
        {
            child.Restrict(CurrentUserId(), clock.TodayInEngland());
            return Task.FromResult("The record is restricted: only the users named on it can see it.");
        }, ct);

    public Task<IActionResult> OnPostUnrestrictAsync(ChildId childId, CancellationToken ct) =>
        ChangeAsync(childId, Policies.ManageRestrictedRecords, child =>
        {
            child.Unrestrict();
            return Task.FromResult("The record is no longer restricted.");
        }, ct);

    public Task<IActionResult> OnPostNameUserAsync(ChildId childId, Guid? userId, CancellationToken ct) =>
        ChangeAsync(childId, Policies.ManageRestrictedRecords, async child =>
        {
            if (userId is not { } id || !await users.Users.AnyAsync(u => u.Id == id && u.CouncilId == child.CouncilId && u.IsActive, ct))
            {
                throw new DomainRuleException("Choose the user to name on the record.");
            }
            child.NameUser(id, clock.TodayInEngland());
            return "The user has been named on the record.";
        }, ct);

    public Task<IActionResult> OnPostRemoveNamedUserAsync(ChildId childId, Guid userId, CancellationToken ct) =>
        ChangeAsync(childId, Policies.ManageRestrictedRecords, child =>
        {
            child.RemoveNamedUser(userId);
            return Task.FromResult("The user is no longer named on the record.");
        }, ct);

    /// <summary>One change to the child's access lists: the capability, then the child (as for viewing), then
    /// the entity's verb; a broken rule or someone else's change in the meantime is told, never overwritten.</summary>
    private async Task<IActionResult> ChangeAsync(ChildId childId, string policy, Func<Child, Task<string>> change, CancellationToken ct,
        bool includeDecisions = false)
    {
        if (!(await authorization.AuthorizeAsync(User, policy)).Succeeded)
        {
            return Forbid();
        }
        CanRecordReview = (await authorization.AuthorizeAsync(User, Policies.RecordReview)).Succeeded;
        IQueryable<Child> children = includeDecisions ? db.Children.Include(c => c.Decisions) : db.Children;
        var child = await children.SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null)
        {
            return NotFound();
        }
        if (!ChildAccess.CanView(User, child))
        {
            return Forbid();
        }
        try
        {
            Done = await change(child);
            using (db.Changes.Because(Done))
            {
                await db.SaveChangesAsync(ct);
            }
        }
        catch (DomainRuleException e)
        {
            Done = null;
            TempData["Problem"] = e.Message;
        }
        catch (DbUpdateConcurrencyException)
        {
            Done = null;
            TempData["Problem"] = "Someone else changed this record at the same time: check it and try again.";
        }
        return RedirectToPage(new { childId });
    }

    private Guid CurrentUserId() => Guid.Parse(users.GetUserId(User)!);

    public string StaffName(StaffMemberId? id) => id is { } s && StaffNames.TryGetValue(s, out var n) ? n : "Not recorded";

    public static string TriggerText(ReviewTriggerType type) => type switch
    {
        ReviewTriggerType.IroRequest => "The IRO asked for a review",
        ReviewTriggerType.Reg30Concern => "A visit found the placement no longer safeguards the child (reg 30)",
        ReviewTriggerType.SignificantCarePlanChange => "A significant change to the care plan is proposed (reg 32(2))",
        ReviewTriggerType.EndingAccommodation => "The council proposes to stop accommodating the child",
        ReviewTriggerType.RemandOrDetentionEnding => "Remand or detention is ending",
        ReviewTriggerType.ChildRequest => "The child asked for a review",
        _ => type.ToString(),
    };
}
