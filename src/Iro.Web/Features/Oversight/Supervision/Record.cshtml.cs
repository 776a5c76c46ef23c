using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Web.Govuk;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupervisionSession = Iro.Core.Oversight.Supervision;

namespace Iro.Web.Features.Oversight.Supervision;

/// <summary>Records a supervision session with an IRO: the date, what was discussed and up to three actions
/// agreed, each with a date (issue 5 §7).</summary>
[Authorize(Policy = Policies.OverseeIros)]
public sealed class RecordModel(IroDbContext db, TimeProvider clock) : PageModel
{
    public const int ActionSlots = 3;

    public IReadOnlyList<(StaffMemberId Id, string Name)> Iros { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "iro")]
    public StaffMemberId? IroId { get; set; }

    [BindProperty]
    public DateInputModel? HeldOn { get; set; }

    [BindProperty]
    public string? Notes { get; set; }

    [BindProperty]
    public List<ActionInput> Actions { get; set; } = [];

    public sealed class ActionInput
    {
        public string? Text { get; set; }
        public DateInputModel? DueOn { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Pad();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Pad();
        var iro = IroId is { } id ? Iros.FirstOrDefault(i => i.Id == id) : default;
        if (iro.Name is null)
        {
            ModelState.AddModelError("iro", "Choose the IRO you supervised");
        }
        var held = DateInputModel.Required(HeldOn, ModelState, nameof(HeldOn), "the date of the supervision");
        if (held > clock.TodayInEngland())
        {
            ModelState.AddModelError(nameof(HeldOn), "The date of the supervision must be today or in the past");
        }
        if (string.IsNullOrWhiteSpace(Notes))
        {
            ModelState.AddModelError(nameof(Notes), "Enter what you discussed");
        }
        else if (Notes.Length > SupervisionSession.NotesMaxLength)
        {
            ModelState.AddModelError(nameof(Notes), $"The notes must be {SupervisionSession.NotesMaxLength:N0} characters or fewer");
        }
        var agreed = new List<(string Text, DateOnly DueOn)>();
        for (var i = 0; i < Actions.Count; i++)
        {
            var action = Actions[i];
            var number = i + 1;
            var hasText = !string.IsNullOrWhiteSpace(action.Text);
            var hasDate = action.DueOn is { IsEmpty: false };
            if (!hasText && !hasDate)
            {
                continue;
            }
            if (!hasText)
            {
                ModelState.AddModelError($"Actions[{i}].Text", $"Enter action {number}, or clear its date");
            }
            else if (action.Text!.Length > SupervisionSession.ActionMaxLength)
            {
                ModelState.AddModelError($"Actions[{i}].Text", $"Action {number} must be {SupervisionSession.ActionMaxLength} characters or fewer");
            }
            var due = DateInputModel.Required(action.DueOn, ModelState, $"Actions[{i}].DueOn", $"the date action {number} is due by");
            if (due is { } d && held is { } h && d < h)
            {
                ModelState.AddModelError($"Actions[{i}].DueOn", $"Action {number} cannot be due before the supervision");
            }
            if (hasText && due is { } ok)
            {
                agreed.Add((action.Text!, ok));
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (User.StaffMember() is not { } me)
        {
            return Forbid();
        }
        var councilId = await db.StaffMembers.Where(s => s.Id == iro.Id).Select(s => s.CouncilId).SingleAsync(ct);
        var session = new SupervisionSession { CouncilId = councilId, IroId = iro.Id, ManagerId = me, HeldOn = held!.Value, Notes = Notes!.Trim() };
        try
        {
            foreach (var (text, dueOn) in agreed)
            {
                session.AgreeAction(text, dueOn);
            }
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(nameof(Notes), e.Message);
            return Page();
        }
        db.Supervisions.Add(session);
        using (db.Changes.Because("Supervision of an IRO recorded"))
        {
            await db.SaveChangesAsync(ct);
        }
        TempData["Done"] = $"Supervision with {iro.Name} on {DateDisplay.Long(session.HeldOn)} recorded.";
        return RedirectToPage("/Oversight/Supervision/Index", new { iro = iro.Id.ToString() });
    }

    private void Pad()
    {
        while (Actions.Count < ActionSlots)
        {
            Actions.Add(new ActionInput());
        }
        if (Actions.Count > ActionSlots)
        {
            Actions = Actions.Take(ActionSlots).ToList();
        }
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Iros = (await db.IroProfiles.AsNoTracking()
                .Join(db.StaffMembers, p => p.StaffMemberId, s => s.Id, (p, s) => new { s.Id, s.GivenName, s.FamilyName })
                .ToListAsync(ct))
            .Select(s => (s.Id, $"{s.GivenName} {s.FamilyName}")).OrderBy(s => s.Item2, StringComparer.Ordinal).ToList();
}
