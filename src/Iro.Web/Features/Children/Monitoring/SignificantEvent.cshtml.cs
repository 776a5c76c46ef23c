using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.Monitoring;
using Iro.Web.Features.Children.Disputes;
using Iro.Web.Govuk;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children.Monitoring;

/// <summary>Records a significant event between reviews (a change of placement or social worker, or another),
/// asks the CPPCR 2010 reg 32(2) question, and lets the IRO acknowledge an event someone else recorded.</summary>
[Authorize(Policy = Policies.RecordMonitoring)]
public sealed class SignificantEventModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar) : ChildCasePage(db)
{
    [BindProperty]
    public SignificantEventKind? Kind { get; set; }

    [BindProperty]
    public DateInputModel? ChangeOn { get; set; }

    /// <summary>"happened" or "proposed".</summary>
    [BindProperty]
    public string? Status { get; set; }

    /// <summary>"yes" or "no": a significant change to the care plan (reg 32(2)).</summary>
    [BindProperty]
    public string? CarePlanChange { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public override string ConfirmText => "Record event";

    public async Task<IActionResult> OnGetAsync(ChildId childId, CancellationToken ct) =>
        await LoadChildAsync(childId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(ChildId childId, CancellationToken ct)
    {
        if (await LoadChildAsync(childId, ct, WithSchedule) is { } refused)
        {
            return refused;
        }
        if (Validate() is { } on)
        {
            var today = clock.TodayInEngland();
            var reg32 = CarePlanChange == "yes"
                ? $"Yes: a review must consider it by {DateDisplay.Long(SignificantEvent.ReviewByForCarePlanChange(today, on, calendar)!.Value)}, before it takes effect"
                : "No";
            ShowCheckAnswers(("Event", SignificantEvent.Describe(Kind!.Value)),
                (Status == "happened" ? "Date it happened" : "Date it is to take effect", DateDisplay.Long(on)),
                ("Significant change to the care plan (reg 32(2))", reg32), ("Note", Trimmed(Note) ?? "None"));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(ChildId childId, CancellationToken ct) =>
        await LoadChildAsync(childId, ct) ?? Page();

    public async Task<IActionResult> OnPostConfirmAsync(ChildId childId, CancellationToken ct)
    {
        if (await LoadChildAsync(childId, ct, WithSchedule) is { } refused)
        {
            return refused;
        }
        if (Validate() is not { } on)
        {
            return Page();
        }
        var today = clock.TodayInEngland();
        SignificantEvent recorded;
        try
        {
            recorded = SignificantEvent.Record(Child, Kind!.Value, on, Status == "happened", CarePlanChange == "yes", Note, today,
                User.StaffMember(), calendar);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(nameof(ChangeOn), e.Message);
            return Page();
        }
        Db.SignificantEvents.Add(recorded);
        var what = $"{SignificantEvent.Describe(recorded.Kind)} {(recorded.HasHappened ? "on" : "proposed for")} {DateDisplay.Long(on)}";
        var because = recorded.IsSignificantCarePlanChange ? $"{what}: a review is needed before it takes effect (reg 32(2))" : what;
        if (!await SaveAsync(because, nameof(Kind), ct))
        {
            return Page();
        }
        TempData["Done"] = recorded.IsSignificantCarePlanChange
            ? $"Event recorded. A review is needed by {DateDisplay.Long(Child.Triggers.Single(t => t.Id == recorded.ReviewTriggerId).ReviewBy)}, before the change takes effect."
            : "Event recorded.";
        return Redirect($"/children/{childId}#monitoring");
    }

    /// <summary>The IRO has seen the event; the version the IRO saw travels with the button.</summary>
    public async Task<IActionResult> OnPostAcknowledgeAsync(ChildId childId, Guid eventId, Guid version, CancellationToken ct)
    {
        if (await LoadChildAsync(childId, ct) is { } refused)
        {
            return refused;
        }
        var recorded = await Db.SignificantEvents.SingleOrDefaultAsync(e => e.Id == eventId && e.ChildId == childId, ct);
        if (recorded is null)
        {
            return NotFound();
        }
        try
        {
            recorded.Acknowledge(clock.TodayInEngland(), User.StaffMember());
            ExpectVersion(recorded, version);
            if (await SaveAsync($"IRO acknowledged the {SignificantEvent.Describe(recorded.Kind).ToLowerInvariant()}", "", ct))
            {
                TempData["Done"] = "Event acknowledged.";
            }
            else
            {
                TempData["Problem"] = SomeoneElseChangedIt + ".";
            }
        }
        catch (DomainRuleException e)
        {
            TempData["Problem"] = e.Message;
        }
        return Redirect($"/children/{childId}#monitoring");
    }

    private static IQueryable<Core.Children.Child> WithSchedule(IQueryable<Core.Children.Child> children) =>
        children.AsSplitQuery().Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes).Include(c => c.Reviews).Include(c => c.Triggers);

    private DateOnly? Validate()
    {
        if (Kind is null)
        {
            ModelState.AddModelError(nameof(Kind), "Select what happened");
        }
        var on = DateInputModel.Required(ChangeOn, ModelState, nameof(ChangeOn), "the date of the change");
        if (Status is not ("happened" or "proposed"))
        {
            ModelState.AddModelError(nameof(Status), "Select whether the change has happened or is proposed");
        }
        if (CarePlanChange is not ("yes" or "no"))
        {
            ModelState.AddModelError(nameof(CarePlanChange), "Select whether this is a significant change to the care plan");
        }
        var today = clock.TodayInEngland();
        if (on is { } date && Status == "happened" && date > today)
        {
            ModelState.AddModelError(nameof(ChangeOn), "The date of a change that has happened must be today or in the past");
        }
        if (on is { } future && Status == "proposed" && future <= today)
        {
            ModelState.AddModelError(nameof(ChangeOn), "The date of a proposed change must be in the future");
        }
        if (Status == "happened" && CarePlanChange == "yes")
        {
            ModelState.AddModelError(nameof(CarePlanChange),
                "A review must consider a significant change to the care plan before it takes effect: a change that has happened cannot have one first (reg 32(2))");
        }
        if (CarePlanChange == "yes" && Child.CurrentPeriodOfCare is null)
        {
            ModelState.AddModelError(nameof(CarePlanChange), "The child is not looked after now, so no review can be arranged");
        }
        OptionalText(Note, nameof(Note), 2000, "The note must be 2,000 characters or fewer");
        return ModelState.IsValid ? on : null;
    }
}
