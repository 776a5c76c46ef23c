using Iro.Core.Calendar;

namespace Iro.Core.DisputeResolution;

/// <summary>A formal stage raised and not yet answered, while the issue is open.</summary>
/// <param name="IsLate">Today is past <see cref="ResponseDueOn"/>.</param>
public sealed record EscalationAwaitingResponse(Guid IssueId, ChildId ChildId, string Stage, string Addressee,
    DateOnly RaisedOn, DateOnly ResponseDueOn, bool IsLate);

/// <summary>An open issue whose formal process has run past the council's limit (20 working days at most).</summary>
public sealed record DisputePastLimit(Guid IssueId, ChildId ChildId, DateOnly StartedOn, DateOnly DueOn,
    int WorkingDaysOver);

/// <summary>What the dispute-resolution process asks of people today, for the IRO's and the manager's work
/// lists (issue 5 §5, §6; IRO Handbook 2010 §6.2).</summary>
public static class DisputeWorkList
{
    /// <summary>Each open issue's current formal stage, if it is still awaiting a response; the latest due first.
    /// A stage the IRO has escalated past is no longer awaited: the higher stage is.</summary>
    public static IReadOnlyList<EscalationAwaitingResponse> AwaitingResponse(IEnumerable<DisputeIssue> issues, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(issues);
        return [.. issues.Where(i => i.IsOpen && i.CurrentStage is { RespondedOn: null })
            .Select(i => (Issue: i, Stage: i.CurrentStage!))
            .Select(x => new EscalationAwaitingResponse(x.Issue.Id, x.Issue.ChildId, x.Stage.Stage, x.Stage.Addressee,
                x.Stage.RaisedOn, x.Stage.ResponseDueOn, today > x.Stage.ResponseDueOn))
            .OrderBy(e => e.ResponseDueOn)];
    }

    /// <summary>Open issues whose formal process is past the council's whole-process limit, longest over first.
    /// </summary>
    public static IReadOnlyList<DisputePastLimit> PastWholeProcessLimit(IEnumerable<DisputeIssue> issues, DateOnly today,
        DisputeResolutionPolicy policy, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(calendar);
        var past = new List<DisputePastLimit>();
        foreach (var issue in issues.Where(i => i.IsOpen))
        {
            if (issue.Progress(today, policy, calendar) is { PastWholeProcessLimit: true } progress)
            {
                past.Add(new DisputePastLimit(issue.Id, issue.ChildId, progress.StartedOn, progress.WholeProcessDueOn,
                    calendar.WorkingDaysBetween(progress.WholeProcessDueOn, today)));
            }
        }
        return [.. past.OrderByDescending(p => p.WorkingDaysOver)];
    }

    /// <summary>Working days the issue has been open: from the day raised to today, or to the day resolved.</summary>
    public static int WorkingDaysOpen(DisputeIssue issue, DateOnly today, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(calendar);
        return Math.Max(0, calendar.WorkingDaysBetween(issue.RaisedOn, issue.ResolvedOn ?? today));
    }
}
