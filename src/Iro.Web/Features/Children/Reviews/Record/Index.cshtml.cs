using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Children;
using Iro.Core.Data;
using Iro.Core.ReviewCycle;
using Iro.Core.Reviews;
using Iro.Web.Govuk;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children.Reviews.Record;

/// <summary>The record of one review: the meeting, its decisions, and each time limit after it with its due date,
/// status and explanation (decisions issued and full record issued, IRO Handbook; reconvening an adjourned
/// review, CPPCR 2010 reg 36; a manager's window to contest a decision, council dispute-resolution guidance).
/// The IRO issues the decisions and the record; an IRO manager signs the record off and may contest a decision
/// within the window, after which the page says it stands.</summary>
[Authorize(Policy = Policies.ViewChildRecord)]
public sealed class IndexModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar, IAuthorizationService authorization)
    : PageModel
{
    public Child Child { get; private set; } = null!;
    public Review Review { get; private set; } = null!;
    public IReadOnlyList<ReviewDecision> Decisions { get; private set; } = [];
    public IReadOnlyList<TimerDue> Timers { get; private set; } = [];
    public IReadOnlyDictionary<Guid, DecisionContestWindow> ContestWindows { get; private set; } = new Dictionary<Guid, DecisionContestWindow>();
    public string? ChairName { get; private set; }
    public DateOnly Today { get; private set; }
    public bool CanRecordReview { get; private set; }
    public bool CanOversee { get; private set; }

    /// <summary>The decision whose contest form was sent, and what was typed in it, kept on an error.</summary>
    public Guid? ContestDecisionId { get; private set; }
    public string? ContestReason { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(ChildId childId, Guid reviewId, CancellationToken ct) =>
        await LoadAsync(childId, reviewId, tracked: false, ct) ?? Page();

    public Task<IActionResult> OnPostIssueDecisionsAsync(ChildId childId, Guid reviewId, Guid version, CancellationToken ct) =>
        ChangeReviewAsync(childId, reviewId, version, Policies.RecordReview, review =>
        {
            review.IssueDecisions(clock.TodayInEngland());
            return ($"Decisions of the review held on {DateDisplay.Long(review.HeldOn!.Value)} issued", "The decisions have been issued.");
        }, ct);

    public Task<IActionResult> OnPostIssueRecordAsync(ChildId childId, Guid reviewId, Guid version, CancellationToken ct) =>
        ChangeReviewAsync(childId, reviewId, version, Policies.RecordReview, review =>
        {
            review.IssueRecord(clock.TodayInEngland());
            return ($"Full record of the review held on {DateDisplay.Long(review.HeldOn!.Value)} issued", "The full record has been issued.");
        }, ct);

    public Task<IActionResult> OnPostSignOffAsync(ChildId childId, Guid reviewId, Guid version, CancellationToken ct) =>
        ChangeReviewAsync(childId, reviewId, version, Policies.OverseeReviews, review =>
        {
            review.SignOff(clock.TodayInEngland(), User.StaffMember(), User.DisplayNameOf());
            return ($"Record of the review held on {DateDisplay.Long(review.HeldOn!.Value)} signed off by an IRO manager", "The record has been signed off.");
        }, ct);

    public async Task<IActionResult> OnPostContestAsync(ChildId childId, Guid reviewId, Guid decisionId, Guid version, string? reason,
        CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.OverseeReviews)).Succeeded)
        {
            return Forbid();
        }
        if (await LoadAsync(childId, reviewId, tracked: true, ct) is { } refused)
        {
            return refused;
        }
        var decision = Decisions.SingleOrDefault(d => d.Id == decisionId);
        if (decision is null)
        {
            return NotFound();
        }
        ContestDecisionId = decisionId;
        ContestReason = reason;
        if (decision.Version != version)
        {
            return await Problem("Someone else changed this decision at the same time: check it and try again");
        }
        try
        {
            Child.ContestDecision(decisionId, clock.TodayInEngland(), User.StaffMember(), User.DisplayNameOf(), reason ?? "",
                await PolicyAsync(ct), calendar);
            db.Entry(decision).Property(d => d.Version).OriginalValue = version;
            using (db.Changes.Because($"An IRO manager contested a decision of the review held on {DateDisplay.Long(Review.HeldOn!.Value)}"))
            {
                await db.SaveChangesAsync(ct);
            }
        }
        catch (DomainRuleException e)
        {
            return await Problem(e.Message.TrimEnd('.'));
        }
        catch (DbUpdateConcurrencyException)
        {
            return await Problem("Someone else changed this decision at the same time: check it and try again");
        }
        Done = "The decision has been contested.";
        return RedirectToPage(new { childId, reviewId });
    }

    /// <summary>Shows the page again with the message by the contest form and what was typed still in it.</summary>
    private async Task<IActionResult> Problem(string message, string? key = null)
    {
        ModelState.AddModelError(key ?? $"reason-{ContestDecisionId}", message);
        // Shown as saved, not as half-changed.
        db.ChangeTracker.Clear();
        return await LoadAsync(Child.Id, Review.Id, tracked: false, HttpContext.RequestAborted) ?? Page();
    }

    private async Task<IActionResult> ChangeReviewAsync(ChildId childId, Guid reviewId, Guid version, string policy,
        Func<Review, (string Because, string Done)> change, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, policy)).Succeeded)
        {
            return Forbid();
        }
        if (await LoadAsync(childId, reviewId, tracked: true, ct) is { } refused)
        {
            return refused;
        }
        try
        {
            if (Review.Version != version)
            {
                throw new DbUpdateConcurrencyException();
            }
            var (because, done) = change(Review);
            db.Entry(Review).Property(r => r.Version).OriginalValue = version;
            using (db.Changes.Because(because))
            {
                await db.SaveChangesAsync(ct);
            }
            Done = done;
        }
        catch (DomainRuleException e)
        {
            return await Problem(e.Message, "");
        }
        catch (DbUpdateConcurrencyException)
        {
            return await Problem("Someone else changed this review at the same time: check it and try again", "");
        }
        return RedirectToPage(new { childId, reviewId });
    }

    private Task<ReviewCyclePolicy> PolicyAsync(CancellationToken ct) =>
        db.Councils.AsNoTracking().Where(c => c.Id == Child.CouncilId).Select(c => c.ReviewCycle).SingleAsync(ct);

    private async Task<IActionResult?> LoadAsync(ChildId childId, Guid reviewId, bool tracked, CancellationToken ct)
    {
        var children = db.Children.AsSplitQuery()
            .Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
            .Include(c => c.Reviews).ThenInclude(r => r.Attendees)
            .Include(c => c.Triggers)
            .Include(c => c.Decisions);
        var child = await (tracked ? children : children.AsNoTracking()).SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null)
        {
            return NotFound();
        }
        if (!ChildAccess.CanView(User, child))
        {
            return Forbid();
        }
        var review = child.Reviews.SingleOrDefault(r => r.Id == reviewId);
        if (review is null || (review.HeldOn is null && review.AdjournedOn is null))
        {
            return NotFound();
        }
        Child = child;
        Review = review;
        Today = clock.TodayInEngland();
        Decisions = [.. child.Decisions.Where(d => d.ReviewId == reviewId).OrderBy(d => d.DueOn)];
        var policy = await PolicyAsync(ct);
        Timers = review.TimersOn(Today, policy, calendar);
        ContestWindows = Decisions.Select(d => (d.Id, Window: d.ContestWindowOn(review.DecisionsIssuedOn, Today, policy, calendar)))
            .Where(x => x.Window is not null).ToDictionary(x => x.Id, x => x.Window!);
        if (review.ChairId is { } chair)
        {
            ChairName = await db.StaffMembers.AsNoTracking().Where(s => s.Id == chair)
                .Select(s => s.GivenName + " " + s.FamilyName).SingleOrDefaultAsync(ct);
        }
        CanRecordReview = (await authorization.AuthorizeAsync(User, Policies.RecordReview)).Succeeded;
        CanOversee = (await authorization.AuthorizeAsync(User, Policies.OverseeReviews)).Succeeded;
        return null;
    }

    public static string StatusText(TimerStatus status) => status switch
    {
        TimerStatus.Upcoming => "Not yet due",
        TimerStatus.DueSoon => "Due soon",
        TimerStatus.Overdue => "Overdue",
        TimerStatus.DoneOnTime => "Done on time",
        TimerStatus.DoneLate => "Done late",
        _ => status.ToString(),
    };

    public static string StatusColour(TimerStatus status) => status switch
    {
        TimerStatus.Upcoming => "blue",
        TimerStatus.DueSoon => "yellow",
        TimerStatus.Overdue => "red",
        TimerStatus.DoneOnTime => "green",
        TimerStatus.DoneLate => "orange",
        _ => "grey",
    };

    public static string StandingText(DecisionStanding standing) => standing switch
    {
        DecisionStanding.OpenToContest => "Open to contest",
        DecisionStanding.Contested => "Contested",
        DecisionStanding.Stands => "Stands",
        _ => standing.ToString(),
    };
}
