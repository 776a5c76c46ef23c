using System.Globalization;
using System.Text;
using Iro.Core.Calendar;

namespace Iro.Core.DisputeResolution;

/// <summary>A formal stage the IRO raised: which one, when, and when it was answered.</summary>
/// <param name="Stage">The stage's name, as in the council's <see cref="DisputeResolutionPolicy"/>.</param>
public sealed record RaisedStage(string Stage, DateOnly RaisedOn, DateOnly? RespondedOn = null);

/// <summary>Where one raised stage stands.</summary>
public enum StageStatus
{
    /// <summary>The current stage, not yet answered, within its response time.</summary>
    AwaitingResponse,

    /// <summary>The current stage, not answered, past its response time.</summary>
    Overdue,

    /// <summary>Answered on or before its last day.</summary>
    RespondedOnTime,

    /// <summary>Answered after its last day.</summary>
    RespondedLate,

    /// <summary>Never answered: the IRO escalated to a higher stage, or the dispute was resolved, first.</summary>
    NoResponse,
}

/// <summary>One raised stage with its response due date and whether it is late.</summary>
/// <param name="IsLate">The response came after its last day, or had not come by then (flag it).</param>
public sealed record StageProgress(string Stage, DateOnly RaisedOn, DateOnly ResponseDueOn, DateOnly? RespondedOn,
    StageStatus Status, bool IsLate, string Explanation);

/// <summary>The whole formal process: each raised stage, the stages skipped, and the 20-working-day limit.</summary>
/// <param name="StartedOn">Day 0: the day the first formal stage was raised.</param>
/// <param name="WholeProcessDueOn">The last day of the whole formal process.</param>
/// <param name="PastWholeProcessLimit">Resolved after <see cref="WholeProcessDueOn"/>, or still open after it.</param>
/// <param name="Skipped">Stages below the highest one raised that the IRO went past (IRO Handbook 2010 §6.2 allows
/// it).</param>
public sealed record DisputeProgress(DateOnly StartedOn, DateOnly WholeProcessDueOn, DateOnly? ResolvedOn,
    bool PastWholeProcessLimit, IReadOnlyList<StageProgress> Stages, IReadOnlyList<string> Skipped,
    string Explanation)
{
    public bool AnyStageLate => Stages.Any(s => s.IsLate);
}

/// <summary>Flags a late stage response and a formal process past its limit.</summary>
/// <remarks>IRO Handbook 2010 §6.2 (domain reference §5.1): escalation through levels of seniority with a response
/// time at each, the whole formal process in no more than 20 working days, and any stage may be skipped. Working
/// days follow CPPCR 2010 reg 2(1) and day 0 is the day raised (domain reference §2.6). "Today" is passed in.
/// </remarks>
public static class DisputeResolutionProcess
{
    /// <param name="raised">The formal stages raised, in the order raised; each higher on the ladder than the one
    /// before.</param>
    /// <param name="resolvedOn">The day the dispute was resolved, if it has been.</param>
    /// <exception cref="ArgumentException">No stage raised, a stage not on the council's ladder, stages out of
    /// ladder order or date order, a response before its stage was raised, or resolution before the start.
    /// </exception>
    public static DisputeProgress Progress(IReadOnlyList<RaisedStage> raised, DateOnly? resolvedOn, DateOnly today,
        DisputeResolutionPolicy policy, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(raised);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        policy.EnsureValid();
        if (raised.Count == 0)
        {
            throw new ArgumentException("No formal stage has been raised.", nameof(raised));
        }

        var levels = new List<int>(raised.Count);
        for (var i = 0; i < raised.Count; i++)
        {
            var r = raised[i] ?? throw new ArgumentException("A raised stage is missing.", nameof(raised));
            var level = IndexOf(policy, r.Stage);
            if (level < 0)
            {
                throw new ArgumentException($"\"{r.Stage}\" is not a stage of this council's process.", nameof(raised));
            }
            if (i > 0 && level <= levels[^1])
            {
                throw new ArgumentException($"The {r.Stage} stage is not above the {raised[i - 1].Stage} stage; " +
                    "each escalation goes up the ladder.", nameof(raised));
            }
            if (i > 0 && r.RaisedOn < raised[i - 1].RaisedOn)
            {
                throw new ArgumentException($"The {r.Stage} stage was raised before the {raised[i - 1].Stage} stage.",
                    nameof(raised));
            }
            if (r.RespondedOn is { } responded && responded < r.RaisedOn)
            {
                throw new ArgumentException($"The {r.Stage} stage's response is dated before it was raised.",
                    nameof(raised));
            }
            levels.Add(level);
        }

        var start = raised[0].RaisedOn;
        if (resolvedOn is { } early && early < start)
        {
            throw new ArgumentException("The dispute was resolved before the formal process started.",
                nameof(resolvedOn));
        }

        var stages = new List<StageProgress>(raised.Count);
        for (var i = 0; i < raised.Count; i++)
        {
            // An unanswered stage waits until the IRO escalates, the dispute is resolved, or today.
            var escalated = i + 1 < raised.Count;
            var waitEnds = escalated ? raised[i + 1].RaisedOn : resolvedOn;
            stages.Add(Stage(raised[i], policy.Stages[levels[i]], waitEnds, escalated, today, calendar));
        }

        var skipped = new List<string>();
        for (var level = 0; level < levels[^1]; level++)
        {
            if (!levels.Contains(level))
            {
                skipped.Add(policy.Stages[level].Name);
            }
        }

        var n = policy.WholeProcessWithin;
        var due = calendar.AddWorkingDays(start, n);
        var end = resolvedOn ?? today;
        var past = end > due;
        var text = new StringBuilder()
            .Append("The whole formal process should take no more than ").Append(Days(n)).Append(" (")
            .Append(DisputeResolutionPolicy.HandbookCitation).Append("). It started on ").Append(WithWeekday(start))
            .Append(" with the ").Append(raised[0].Stage).Append(" stage; that day is day 0, so the last day is ")
            .Append(WithWeekday(due)).Append('.');
        if (skipped.Count > 0)
        {
            text.Append(" The IRO skipped the ").Append(string.Join(", ", skipped))
                .Append(skipped.Count == 1 ? " stage" : " stages").Append(", as the Handbook allows.");
        }
        if (resolvedOn is { } resolved)
        {
            text.Append(" It was resolved on ").Append(Long(resolved)).Append(past
                ? $", {Days(calendar.WorkingDaysBetween(due, resolved))} past the limit."
                : ", within the limit.");
        }
        else if (past)
        {
            text.Append(" It is still open, ").Append(Days(calendar.WorkingDaysBetween(due, today)))
                .Append(" past the limit.");
        }
        else
        {
            text.Append(" It is still open, with ").Append(Days(calendar.WorkingDaysBetween(today, due)))
                .Append(" left.");
        }
        return new DisputeProgress(start, due, resolvedOn, past, stages, skipped, text.ToString());
    }

    private static StageProgress Stage(RaisedStage raised, DisputeStage stage, DateOnly? waitEnds, bool escalated,
        DateOnly today, IWorkingDayCalendar calendar)
    {
        var due = calendar.AddWorkingDays(raised.RaisedOn, stage.ResponseWithin);
        var text = new StringBuilder()
            .Append("The ").Append(stage.Name).Append(" stage was raised on ").Append(WithWeekday(raised.RaisedOn))
            .Append("; a response is due within ").Append(Days(stage.ResponseWithin)).Append(", by ")
            .Append(WithWeekday(due)).Append('.');

        StageStatus status;
        bool late;
        if (raised.RespondedOn is { } responded)
        {
            late = responded > due;
            status = late ? StageStatus.RespondedLate : StageStatus.RespondedOnTime;
            text.Append(" The response came on ").Append(Long(responded)).Append(late ? ", late." : ", on time.");
        }
        else if (waitEnds is { } ended)
        {
            late = ended > due;
            status = StageStatus.NoResponse;
            var movedOn = escalated
                ? $"the IRO escalated on {Long(ended)}"
                : $"the dispute was resolved on {Long(ended)}";
            text.Append(late
                ? $" No response came by the due date; {movedOn}."
                : $" No response came before {movedOn}, within the response time.");
        }
        else
        {
            late = today > due;
            status = late ? StageStatus.Overdue : StageStatus.AwaitingResponse;
            text.Append(late ? " No response yet: it is overdue." : " Awaiting a response.");
        }
        return new StageProgress(stage.Name, raised.RaisedOn, due, raised.RespondedOn, status, late, text.ToString());
    }

    private static int IndexOf(DisputeResolutionPolicy policy, string name)
    {
        for (var i = 0; i < policy.Stages.Count; i++)
        {
            if (string.Equals(policy.Stages[i].Name.Trim(), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    private static string Days(int n) =>
        n == 1 ? "1 working day" : $"{n.ToString(CultureInfo.InvariantCulture)} working days";

    private static string Long(DateOnly date) => DateText.Long(date);

    private static string WithWeekday(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
}
