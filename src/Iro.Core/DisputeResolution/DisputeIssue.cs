using Iro.Core.Calendar;
using Iro.Core.Councils;
using Iro.Core.Data;

namespace Iro.Core.DisputeResolution;

/// <summary>What an issue the IRO raises is about (domain reference §5.3, after Nottinghamshire's categories).
/// </summary>
public enum DisputeCategory
{
    CarePlanning,
    PlanNotImplemented,
    DriftAndDelay,
    NoSocialWorker,
    PoorPractice,
    ChildNotConsulted,
    Resources,
    PlacementQuality,
    Contact,
    Education,
    Health,
}

/// <summary>A problem in a child's case the IRO has taken up: first informally, then, if that does not put it
/// right in time for the child, through the council's formal stages (IRO Handbook 2010 §6.1–6.2; domain
/// reference §5.1). Raised from a decision, a review or the child's page.</summary>
public sealed class DisputeIssue : ICouncilOwned, IVersioned
{
    private readonly List<DisputeStageRaised> _stages = [];

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required CouncilId CouncilId { get; init; }
    public required ChildId ChildId { get; init; }

    /// <summary>The overdue or disputed decision this issue is about, when raised from one.</summary>
    public Guid? ReviewDecisionId { get; init; }

    /// <summary>The review this issue is about, when raised from one.</summary>
    public Guid? ReviewId { get; init; }

    public DisputeCategory Category { get; init; }
    public required string Summary { get; init; }
    public DateOnly RaisedOn { get; init; }
    public StaffMemberId? RaisedById { get; init; }

    public DateOnly? InformalOn { get; private set; }
    public string? InformalWith { get; private set; }
    public string? InformalOutcome { get; private set; }

    public DateOnly? ResolvedOn { get; private set; }
    public string? Resolution { get; private set; }
    public Guid Version { get; set; }

    /// <summary>The formal stages raised, in the order raised.</summary>
    public IReadOnlyList<DisputeStageRaised> Stages => _stages;

    public bool IsOpen => ResolvedOn is null;
    public DisputeStageRaised? CurrentStage => _stages.OrderBy(s => s.Sequence).LastOrDefault();

    /// <summary>Records the informal attempt to put things right (IRO Handbook 2010 §6.1: the IRO records it on
    /// the child's file).</summary>
    public void RecordInformalAttempt(DateOnly on, string with, string outcome)
    {
        EnsureOpen();
        if (on < RaisedOn)
        {
            throw new DomainRuleException("The informal attempt cannot be before the issue was raised.");
        }
        if (string.IsNullOrWhiteSpace(with) || string.IsNullOrWhiteSpace(outcome))
        {
            throw new DomainRuleException("Say who the IRO spoke to and what came of it.");
        }
        InformalOn = on;
        InformalWith = with.Trim();
        InformalOutcome = outcome.Trim();
    }

    /// <summary>The stages of the council's ladder the IRO may raise next: every stage above the highest raised,
    /// since any stage may be skipped (IRO Handbook 2010 §6.2).</summary>
    public IReadOnlyList<DisputeStage> StagesAvailable(DisputeResolutionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var highest = _stages.Select(s => IndexOf(policy, s.Stage)).DefaultIfEmpty(-1).Max();
        return [.. policy.Stages.Skip(highest + 1)];
    }

    /// <summary>Raises a formal stage with a named addressee; its response is due after the stage's response time
    /// in working days, day 0 being the day raised (domain reference §2.6).</summary>
    public DisputeStageRaised RaiseStage(string stage, string addressee, DateOnly raisedOn, DisputeResolutionPolicy policy,
        IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        EnsureOpen();
        var step = StagesAvailable(policy).FirstOrDefault(s => string.Equals(s.Name, stage?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new DomainRuleException("Choose a stage above the ones already raised.");
        if (string.IsNullOrWhiteSpace(addressee))
        {
            throw new DomainRuleException("Name the person the stage is raised with.");
        }
        if (raisedOn < RaisedOn || (CurrentStage is { } current && raisedOn < current.RaisedOn))
        {
            throw new DomainRuleException("A stage cannot be raised before the issue or the stage before it.");
        }
        var raised = new DisputeStageRaised
        {
            CouncilId = CouncilId, DisputeIssueId = Id, ChildId = ChildId, Sequence = _stages.Count + 1, Stage = step.Name,
            Addressee = addressee.Trim(), RaisedOn = raisedOn, ResponseWithin = step.ResponseWithin,
            ResponseDueOn = calendar.AddWorkingDays(raisedOn, step.ResponseWithin),
        };
        _stages.Add(raised);
        return raised;
    }

    public void RecordResponse(Guid stageId, DateOnly on, string response)
    {
        EnsureOpen();
        var stage = _stages.SingleOrDefault(s => s.Id == stageId) ?? throw new DomainRuleException("There is no such stage.");
        if (stage.RespondedOn is not null)
        {
            throw new DomainRuleException("The response to this stage is already recorded.");
        }
        if (on < stage.RaisedOn)
        {
            throw new DomainRuleException("The response cannot be before the stage was raised.");
        }
        if (string.IsNullOrWhiteSpace(response))
        {
            throw new DomainRuleException("Say what the response was.");
        }
        stage.RespondedOn = on;
        stage.Response = response.Trim();
    }

    public void Resolve(DateOnly on, string outcome)
    {
        EnsureOpen();
        if (on < RaisedOn)
        {
            throw new DomainRuleException("The issue cannot be resolved before it was raised.");
        }
        if (string.IsNullOrWhiteSpace(outcome))
        {
            throw new DomainRuleException("Say how the issue was resolved.");
        }
        ResolvedOn = on;
        Resolution = outcome.Trim();
    }

    /// <summary>The formal process's progress, late stages and the 20-working-day limit, from
    /// <see cref="DisputeResolutionProcess"/>; <see langword="null"/> before any formal stage is raised.</summary>
    /// <remarks>Stages keep the name and response time they were raised with. If the council has since changed
    /// its ladder so that a raised stage is no longer on it, the progress is worked out on the stages as raised.
    /// </remarks>
    public DisputeProgress? Progress(DateOnly today, DisputeResolutionPolicy policy, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (_stages.Count == 0)
        {
            return null;
        }
        var ordered = _stages.OrderBy(s => s.Sequence).ToList();
        var raised = ordered.Select(s => new RaisedStage(s.Stage, s.RaisedOn, s.RespondedOn)).ToList();
        var ladder = ordered.All(s => IndexOf(policy, s.Stage) >= 0)
            ? policy
            : new DisputeResolutionPolicy([.. ordered.Select(s => new DisputeStage(s.Stage, s.ResponseWithin))],
                Math.Max(policy.WholeProcessWithin, ordered.Sum(s => s.ResponseWithin)));
        return DisputeResolutionProcess.Progress(raised, ResolvedOn, today, ladder, calendar);
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainRuleException("The issue is resolved.");
        }
    }

    private static int IndexOf(DisputeResolutionPolicy policy, string name)
    {
        for (var i = 0; i < policy.Stages.Count; i++)
        {
            if (string.Equals(policy.Stages[i].Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    public static string Describe(DisputeCategory category) => category switch
    {
        DisputeCategory.CarePlanning => "Care planning",
        DisputeCategory.PlanNotImplemented => "Plan not implemented",
        DisputeCategory.DriftAndDelay => "Drift and delay",
        DisputeCategory.NoSocialWorker => "No social worker",
        DisputeCategory.PoorPractice => "Poor practice",
        DisputeCategory.ChildNotConsulted => "Child not consulted",
        DisputeCategory.Resources => "Resources",
        DisputeCategory.PlacementQuality => "Placement quality",
        DisputeCategory.Contact => "Contact",
        DisputeCategory.Education => "Education",
        DisputeCategory.Health => "Health",
        _ => category.ToString(),
    };
}

/// <summary>A formal stage raised on an issue, with the person it was raised with and their response.</summary>
public sealed class DisputeStageRaised : ICouncilOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required CouncilId CouncilId { get; init; }
    public required Guid DisputeIssueId { get; init; }

    /// <summary>The child, so that the stage shows on the child's timeline.</summary>
    public required ChildId ChildId { get; init; }

    /// <summary>1 for the first stage raised on the issue, and so on.</summary>
    public int Sequence { get; init; }

    /// <summary>The stage's name on the council's ladder when it was raised.</summary>
    public required string Stage { get; init; }

    public required string Addressee { get; init; }
    public DateOnly RaisedOn { get; init; }

    /// <summary>The stage's response time, in working days, when it was raised.</summary>
    public int ResponseWithin { get; init; }

    public DateOnly ResponseDueOn { get; init; }
    public DateOnly? RespondedOn { get; internal set; }
    public string? Response { get; internal set; }
}
