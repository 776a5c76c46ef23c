using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.Monitoring;
using Iro.Web.Features.Children.Disputes;
using Iro.Web.Govuk;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Iro.Web.Features.Children.Monitoring;

/// <summary>Records a contact or check the IRO made between reviews (Children Act 1989 s.25B(1)(a): the IRO
/// monitors the council's performance of its functions in relation to the child's case).</summary>
[Authorize(Policy = Policies.RecordMonitoring)]
public sealed class ContactModel(IroDbContext db, TimeProvider clock) : ChildCasePage(db)
{
    [BindProperty]
    public MonitoringContactKind? Kind { get; set; }

    [BindProperty]
    public DateInputModel? On { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public override string ConfirmText => "Record contact";

    public async Task<IActionResult> OnGetAsync(ChildId childId, [FromQuery] string? kind, CancellationToken ct)
    {
        if (await LoadChildAsync(childId, ct) is { } refused)
        {
            return refused;
        }
        Kind = Enum.TryParse<MonitoringContactKind>(kind, out var k) ? k : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(ChildId childId, CancellationToken ct)
    {
        if (await LoadChildAsync(childId, ct) is { } refused)
        {
            return refused;
        }
        if (Validate() is { } on)
        {
            ShowCheckAnswers(("Contact", MonitoringContact.Describe(Kind!.Value)), ("Date", DateDisplay.Long(on)),
                ("Note", Trimmed(Note) ?? "None"));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(ChildId childId, CancellationToken ct) =>
        await LoadChildAsync(childId, ct) ?? Page();

    public async Task<IActionResult> OnPostConfirmAsync(ChildId childId, CancellationToken ct)
    {
        if (await LoadChildAsync(childId, ct) is { } refused)
        {
            return refused;
        }
        if (Validate() is not { } on)
        {
            return Page();
        }
        Db.MonitoringContacts.Add(new MonitoringContact
        {
            CouncilId = Child.CouncilId, ChildId = Child.Id, Kind = Kind!.Value, On = on, ById = User.StaffMember(),
            Note = Trimmed(Note),
        });
        if (!await SaveAsync($"{MonitoringContact.Describe(Kind.Value)} on {DateDisplay.Long(on)}", nameof(Kind), ct))
        {
            return Page();
        }
        TempData["Done"] = $"Contact recorded: {MonitoringContact.Describe(Kind.Value).ToLowerInvariant()} on {DateDisplay.Long(on)}.";
        return Redirect($"/children/{childId}#monitoring");
    }

    private DateOnly? Validate()
    {
        if (Kind is null)
        {
            ModelState.AddModelError(nameof(Kind), "Select what kind of contact it was");
        }
        var on = DateInputModel.Required(On, ModelState, nameof(On), "the date of the contact");
        if (on > clock.TodayInEngland())
        {
            ModelState.AddModelError(nameof(On), "The date of the contact must be today or in the past");
        }
        OptionalText(Note, nameof(Note), 2000, "The note must be 2,000 characters or fewer");
        return ModelState.IsValid ? on : null;
    }
}
