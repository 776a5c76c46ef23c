using Iro.Core.Calendar;
using Iro.Core.Reviews;

namespace Iro.Core.Children;

public sealed partial class Child
{
    /// <summary>Recomputes, in C#, the due date of every review in the current period of care and of the next
    /// one, from the facts they depend on: the period's start, the reviews held, short-break status and
    /// early-review triggers (CPPCR 2010 regs 33 and 48; counting convention in the domain reference §2.6).
    /// Call after any of those facts change.</summary>
    public void RecomputeReviewSchedule(IWorkingDayCalendar calendar)
    {
        foreach (var period in _periodsOfCare)
        {
            var held = _reviews.Where(r => r.PeriodOfCareId == period.Id && r.HeldOn is not null)
                .OrderBy(r => r.HeldOn).ToList();
            var triggers = _triggers.Where(t => t.PeriodOfCareId == period.Id)
                .Select(t => new ReviewTriggerFact(t.Type, t.RaisedOn, t.ReviewBy)).ToList();
            var shortBreaks = period.IsShortBreaksOnly;
            var heldDates = new List<DateOnly>(held.Count);
            foreach (var review in held)
            {
                var due = ReviewSchedule.NextDueDate(period.StartedOn, heldDates, shortBreaks,
                    triggers.Where(t => t.RaisedOn <= review.HeldOn!.Value).ToList(), calendar);
                review.Number = heldDates.Count + 1;
                review.Kind = due.Kind;
                review.DueOn = due.DueOn;
                review.DueRule = due.Rule;
                heldDates.Add(review.HeldOn!.Value);
            }

            var upcoming = _reviews.SingleOrDefault(r => r.PeriodOfCareId == period.Id && r.HeldOn is null);
            if (period.EndedOn is not null)
            {
                if (upcoming is not null)
                {
                    _reviews.Remove(upcoming);
                }
                continue;
            }
            var next = ReviewSchedule.NextDueDate(period.StartedOn, heldDates, shortBreaks, triggers, calendar);
            upcoming ??= AddUpcomingReview(period);
            upcoming.Number = heldDates.Count + 1;
            upcoming.Kind = next.Kind;
            upcoming.DueOn = next.DueOn;
            upcoming.DueRule = next.Rule;
        }
    }

    /// <summary>The explanation of the next review's due date, for the page that asks "why this date?".</summary>
    public ReviewDue? NextReviewDue(IWorkingDayCalendar calendar)
    {
        var period = CurrentPeriodOfCare;
        if (period is null)
        {
            return null;
        }
        var held = _reviews.Where(r => r.PeriodOfCareId == period.Id && r.HeldOn is not null)
            .Select(r => r.HeldOn!.Value).ToList();
        var triggers = _triggers.Where(t => t.PeriodOfCareId == period.Id)
            .Select(t => new ReviewTriggerFact(t.Type, t.RaisedOn, t.ReviewBy)).ToList();
        return ReviewSchedule.Next(period.StartedOn, held, period.IsShortBreaksOnly, triggers, calendar);
    }

    /// <summary>Records the next review as held. The child's participation code is checked against their age
    /// on the day (903 REVIEW_CODE: PN0 only, and always, under 4).</summary>
    public Review RecordReviewHeld(DateOnly heldOn, StaffMemberId? chairId, ParticipationCode code,
        IWorkingDayCalendar calendar)
    {
        var period = CurrentPeriodOfCare ?? throw new DomainRuleException("The child is not looked after.");
        if (heldOn < period.StartedOn)
        {
            throw new DomainRuleException("A review cannot be held before the child became looked after.");
        }
        if (_reviews.Any(r => r.PeriodOfCareId == period.Id && r.HeldOn >= heldOn))
        {
            throw new DomainRuleException("A later review has already been recorded for this period of care.");
        }
        if (ParticipationCodes.CheckAgainstAge(code, AgeOn(heldOn)) is { } problem)
        {
            throw new DomainRuleException(problem);
        }
        var review = _reviews.SingleOrDefault(r => r.PeriodOfCareId == period.Id && r.HeldOn is null)
            ?? AddUpcomingReview(period);
        review.HeldOn = heldOn;
        review.ChairId = chairId;
        review.ParticipationCode = code;
        RecomputeReviewSchedule(calendar);
        return review;
    }

    private Review AddUpcomingReview(PeriodOfCare period)
    {
        var review = new Review { ChildId = Id, CouncilId = CouncilId, PeriodOfCareId = period.Id };
        _reviews.Add(review);
        return review;
    }
}
