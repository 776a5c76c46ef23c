namespace Iro.Core.Monitoring;

/// <summary>Where the midway check between two reviews stands.</summary>
/// <param name="DueOn">Halfway between the last review held and the next one due.</param>
/// <param name="DoneOn">The first midway-check contact recorded after the last review, if any.</param>
/// <param name="IsDue">Not done and <see cref="DueOn"/> has come: prompt the IRO.</param>
public sealed record MidwayCheckStatus(DateOnly LastReviewOn, DateOnly NextReviewDueOn, DateOnly DueOn, DateOnly? DoneOn,
    bool IsDue)
{
    public bool IsDone => DoneOn is not null;
}

/// <summary>The midway check: the IRO looks at the case halfway between reviews, so that drift is caught before
/// the next review rather than at it (IRO Handbook 2010 §3.74–3.76 on monitoring between reviews; the midway
/// point is common local practice, not statute).</summary>
public static class MidwayCheck
{
    /// <summary>The check between <paramref name="lastReviewHeldOn"/> and <paramref name="nextReviewDueOn"/>, or
    /// <see langword="null"/> when no review has been held yet or none is due (nothing to be midway between).
    /// </summary>
    /// <param name="contacts">The child's monitoring contacts, any order.</param>
    public static MidwayCheckStatus? Of(DateOnly? lastReviewHeldOn, DateOnly? nextReviewDueOn,
        IEnumerable<(DateOnly On, MonitoringContactKind Kind)> contacts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        if (lastReviewHeldOn is not { } last || nextReviewDueOn is not { } next || next <= last)
        {
            return null;
        }
        // Calendar days, rounded down: the middle of a 6-month gap falls about 3 months after the review.
        var due = last.AddDays((next.DayNumber - last.DayNumber) / 2);
        DateOnly? done = contacts.Where(c => c.Kind == MonitoringContactKind.MidwayCheck && c.On > last)
            .Select(c => (DateOnly?)c.On).Min();
        return new MidwayCheckStatus(last, next, due, done, done is null && today >= due);
    }
}
