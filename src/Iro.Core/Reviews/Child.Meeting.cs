using Iro.Core.Calendar;
using Iro.Core.ReviewCycle;
using Iro.Core.Reviews;

namespace Iro.Core.Children;

public sealed partial class Child
{
    /// <summary>Records the meeting of the next review: when and how it was held, who attended, the child's
    /// wishes and feelings, the IRO's view of the plan and how the child took part. A review adjourned earlier
    /// is recorded as held on the day it reconvened. The schedule is recomputed at once (CPPCR 2010 reg 33).</summary>
    /// <exception cref="DomainRuleException">The record breaks a rule of <see cref="ReviewMeetingRules.Check"/>,
    /// or the date does not fit the child's reviews.</exception>
    public Review RecordReviewHeld(ReviewMeeting meeting, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (ReviewMeetingRules.Check(meeting, AgeOn(meeting.HeldOn)) is [var first, ..])
        {
            throw new DomainRuleException(first.Message);
        }
        var upcoming = UpcomingReview();
        if (upcoming?.AdjournedOn is { } adjourned && meeting.HeldOn < adjourned)
        {
            throw new DomainRuleException("A review adjourned on " + Calendar.DateText.Long(adjourned)
                + " cannot be recorded as held before it was adjourned.");
        }
        var review = RecordReviewHeld(meeting.HeldOn, meeting.ChairId, meeting.Code, calendar);
        review.Mode = meeting.Mode;
        review.Venue = meeting.Mode == MeetingMode.Remote ? null : meeting.Venue?.Trim();
        review.WishesAndFeelings = meeting.WishesAndFeelings.Trim();
        review.PlanView = meeting.PlanView;
        review.PlanViewReason = meeting.PlanView == CarePlanView.Endorsed ? null : meeting.PlanViewReason?.Trim();
        var spoken = ReviewMeetingRules.NeedsSpokenFor(meeting.Code);
        review.SpokenForBy = spoken ? meeting.SpokenForBy : null;
        review.AdvocateName = spoken && meeting.SpokenForBy == ChildSpokenForBy.Advocate ? meeting.AdvocateName?.Trim() : null;
        review.ReplaceAttendees(meeting.Attendees.Select((a, i) => new ReviewAttendee
        {
            CouncilId = CouncilId, ReviewId = review.Id, Name = a.Name.Trim(), Role = a.Role.Trim(),
            PartAttended = string.IsNullOrWhiteSpace(a.PartAttended) ? null : a.PartAttended.Trim(), Position = i,
        }));
        return review;
    }

    /// <summary>The IRO adjourns the next review's meeting: once only, to reconvene within the council's working
    /// days (CPPCR 2010 reg 36). The review stays due; its due date does not move.</summary>
    public Review AdjournReview(DateOnly adjournedOn, string reason)
    {
        var period = CurrentPeriodOfCare ?? throw new DomainRuleException("The child is not looked after.");
        if (adjournedOn < period.StartedOn)
        {
            throw new DomainRuleException("A review cannot be adjourned before the child became looked after.");
        }
        if (_reviews.Any(r => r.PeriodOfCareId == period.Id && r.HeldOn >= adjournedOn))
        {
            throw new DomainRuleException("A later review has already been recorded for this period of care.");
        }
        var review = UpcomingReview() ?? AddUpcomingReview(period);
        review.Adjourn(adjournedOn, reason);
        return review;
    }

    /// <summary>A manager contests a decision of a review within the council's window after the decisions were
    /// issued; after it the decision stands (council dispute-resolution guidance; domain reference §4.2).</summary>
    public ReviewDecision ContestDecision(Guid decisionId, DateOnly on, StaffMemberId? by, string byName, string reason,
        ReviewCyclePolicy policy, IWorkingDayCalendar calendar)
    {
        var decision = _decisions.SingleOrDefault(d => d.Id == decisionId)
            ?? throw new DomainRuleException("There is no such decision.");
        var review = _reviews.Single(r => r.Id == decision.ReviewId);
        var issued = review.DecisionsIssuedOn
            ?? throw new DomainRuleException("A decision can be contested once the review's decisions have been issued.");
        decision.Contest(issued, on, by, byName, reason, policy, calendar);
        return decision;
    }

    private Review? UpcomingReview()
    {
        var period = CurrentPeriodOfCare;
        return period is null ? null : _reviews.SingleOrDefault(r => r.PeriodOfCareId == period.Id && r.HeldOn is null);
    }
}
