using Iro.Core.Calendar;
using Iro.Core.Councils;
using Iro.Core.Data;
using Iro.Core.Reviews;

namespace Iro.Core.Children;

/// <summary>A child the council looks after or has looked after. The identifying fields are those of the
/// SSDA903 header table (CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB).</summary>
public sealed partial class Child : ICouncilOwned, IVersioned
{
    private readonly List<PeriodOfCare> _periodsOfCare = [];
    private readonly List<Review> _reviews = [];
    private readonly List<IroAllocation> _allocations = [];
    private readonly List<ReviewTrigger> _triggers = [];

    public ChildId Id { get; init; } = ChildId.New();
    public required CouncilId CouncilId { get; init; }

    /// <summary>The council's own child identifier (903 CHILD), unique within the council.</summary>
    public required string ChildNumber { get; set; }

    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }

    /// <summary>Upper-cased family name, indexed: searches compare this, never LIKE (SQLite and PostgreSQL
    /// fold case differently).</summary>
    public string FamilyNameKey { get; private set; } = "";

    /// <summary>903 SEX: 1/2 up to 2023-24, M/F/U from 2024-25.</summary>
    public required string Sex { get; set; }

    public DateOnly DateOfBirth { get; set; }

    /// <summary>903 ETHNIC code, for example WBRI.</summary>
    public required string Ethnicity { get; set; }

    /// <summary>903 UPN, or a UN1–UN5 code when there is none.</summary>
    public string? Upn { get; set; }

    /// <summary>903 MOTHER: whether the child is herself a mother; with <see cref="MotherChildDateOfBirth"/>.</summary>
    public bool? IsMother { get; set; }

    public DateOnly? MotherChildDateOfBirth { get; set; }

    /// <summary>The IRO allocated now; the history is in <see cref="Allocations"/>.</summary>
    public StaffMemberId? AllocatedIroId { get; private set; }

    public StaffMember? AllocatedIro { get; private set; }

    /// <summary>The child's social worker, relevant to IRO independence.</summary>
    public StaffMemberId? SocialWorkerId { get; set; }

    public StaffMember? SocialWorker { get; set; }

    /// <summary>A record visible only to named users, for example when the child's whereabouts are confidential.</summary>
    public bool IsRestricted { get; set; }

    public Guid Version { get; set; }

    public IReadOnlyList<PeriodOfCare> PeriodsOfCare => _periodsOfCare;
    public IReadOnlyList<Review> Reviews => _reviews;
    public IReadOnlyList<IroAllocation> Allocations => _allocations;
    public IReadOnlyList<ReviewTrigger> Triggers => _triggers;

    public string FullName => $"{GivenName} {FamilyName}";

    public void NormaliseKeys() => FamilyNameKey = FamilyName.Trim().ToUpperInvariant();

    public PeriodOfCare StartPeriodOfCare(DateOnly startedOn)
    {
        if (_periodsOfCare.Any(p => p.EndedOn is null))
        {
            throw new DomainRuleException("The child is already looked after: end the current period of care first.");
        }
        if (_periodsOfCare.Any(p => p.EndedOn >= startedOn))
        {
            throw new DomainRuleException("A new period of care must start after the previous one ended.");
        }
        var period = new PeriodOfCare { ChildId = Id, CouncilId = CouncilId, StartedOn = startedOn };
        _periodsOfCare.Add(period);
        return period;
    }

    public PeriodOfCare? CurrentPeriodOfCare => _periodsOfCare.SingleOrDefault(p => p.EndedOn is null);

    /// <summary>Allocates an IRO from a date, closing the previous allocation the day before.</summary>
    public IroAllocation AllocateIro(StaffMemberId iroId, DateOnly from, string reason)
    {
        if (AllocatedIroId == iroId)
        {
            throw new DomainRuleException("This IRO is already allocated to the child.");
        }
        var current = _allocations.SingleOrDefault(a => a.To is null);
        if (current is not null)
        {
            if (from < current.From)
            {
                throw new DomainRuleException("A new allocation cannot start before the current one.");
            }
            current.To = from;
        }
        var allocation = new IroAllocation
        {
            ChildId = Id, CouncilId = CouncilId, IroId = iroId, From = from, Reason = reason,
        };
        _allocations.Add(allocation);
        AllocatedIroId = iroId;
        return allocation;
    }

    public void EndIroAllocation(DateOnly on)
    {
        var current = _allocations.SingleOrDefault(a => a.To is null)
            ?? throw new DomainRuleException("The child has no IRO allocated.");
        current.To = on;
        AllocatedIroId = null;
    }



    /// <summary>Records an event that requires a review earlier than the statutory date (CPPCR 2010 reg 33(3),
    /// reg 32(2)), and brings the next review's due date forward to <paramref name="reviewBy"/> if earlier.</summary>
    public ReviewTrigger AddTrigger(ReviewTriggerType type, DateOnly raisedOn, DateOnly reviewBy, string? note,
        IWorkingDayCalendar calendar)
    {
        var period = CurrentPeriodOfCare ?? throw new DomainRuleException("The child is not looked after.");
        if (reviewBy < raisedOn)
        {
            throw new DomainRuleException("The review cannot be due before the trigger was raised.");
        }
        if (raisedOn < period.StartedOn)
        {
            throw new DomainRuleException("A trigger cannot be raised before the child became looked after.");
        }
        var trigger = new ReviewTrigger
        {
            ChildId = Id, CouncilId = CouncilId, PeriodOfCareId = period.Id, Type = type,
            RaisedOn = raisedOn, ReviewBy = reviewBy, Note = note,
        };
        _triggers.Add(trigger);
        RecomputeReviewSchedule(calendar);
        return trigger;
    }

    public int AgeOn(DateOnly date) => Age.On(DateOfBirth, date);
}
