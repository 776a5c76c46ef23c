using System.Globalization;
using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.DisputeResolution;
using Iro.Web.Govuk;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Iro.Web.Features.Children.Disputes;

/// <summary>Raises the next formal stage, or skips to a higher one, with a named addressee; the response due date
/// comes from the council's ladder (IRO Handbook 2010 §6.2: escalation through levels of seniority, each with a
/// response time; any stage may be skipped).</summary>
[Authorize(Policy = Policies.RaiseDispute)]
public sealed class EscalateModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar) : IssuePage(db, clock)
{
    [BindProperty]
    public string? Stage { get; set; }

    [BindProperty]
    public string? Addressee { get; set; }

    [BindProperty]
    public DateInputModel? RaisedOn { get; set; }

    public IReadOnlyList<DisputeStage> Available { get; private set; } = [];

    public override string CheckTitle => "Check the formal stage before you raise it";

    public override string ConfirmText => "Raise stage";

    public async Task<IActionResult> OnGetAsync(ChildId childId, Guid issueId, CancellationToken ct)
    {
        if (await LoadAsync(childId, issueId, ct) is { } refused)
        {
            return refused;
        }
        Stage = Available.Count > 0 ? Available[0].Name : null;
        RaisedOn = DateInputModel.From(Today);
        return Form();
    }

    public async Task<IActionResult> OnPostAsync(ChildId childId, Guid issueId, CancellationToken ct)
    {
        if (await LoadAsync(childId, issueId, ct) is { } refused)
        {
            return refused;
        }
        if (Validate() is { } raised)
        {
            var step = Available.Single(s => s.Name == Stage);
            var skipped = Available.TakeWhile(s => s.Name != Stage).Select(s => s.Name).ToList();
            ShowCheckAnswers([("Stage", step.Name), ("Raised with", Addressee!.Trim()), ("Raised on", DateDisplay.Long(raised)),
                ("Response due by", $"{DateDisplay.Long(calendar.AddWorkingDays(raised, step.ResponseWithin))} ({step.ResponseWithin.ToString(CultureInfo.InvariantCulture)} working days)"),
                .. skipped.Count > 0 ? [("Stages skipped", string.Join(", ", skipped))] : Array.Empty<(string, string)>()]);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(ChildId childId, Guid issueId, CancellationToken ct) =>
        await LoadAsync(childId, issueId, ct) ?? Page();

    public async Task<IActionResult> OnPostConfirmAsync(ChildId childId, Guid issueId, CancellationToken ct)
    {
        if (await LoadAsync(childId, issueId, ct) is { } refused)
        {
            return refused;
        }
        if (Validate() is not { } on || !VersionStillCurrent(nameof(Stage)))
        {
            return Page();
        }
        DisputeStageRaised raised;
        try
        {
            raised = Issue.RaiseStage(Stage!, Addressee!, on, Ladder, calendar);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(nameof(Stage), e.Message);
            return Page();
        }
        return await SaveAndReturnAsync($"Issue escalated to the {raised.Stage.ToLowerInvariant()} stage on {DateDisplay.Long(on)}",
            nameof(Stage), $"{raised.Stage} stage raised. A response is due by {DateDisplay.Long(raised.ResponseDueOn)}.", ct);
    }

    private async Task<IActionResult?> LoadAsync(ChildId childId, Guid issueId, CancellationToken ct)
    {
        if (await LoadOpenIssueAsync(childId, issueId, ct) is { } refused)
        {
            return refused;
        }
        Available = Issue.StagesAvailable(Ladder);
        return Available.Count == 0 ? Redirect(IssuePath) : null;
    }

    private DateOnly? Validate()
    {
        if (Stage is null || Available.All(s => s.Name != Stage))
        {
            ModelState.AddModelError(nameof(Stage), "Select the stage to raise");
        }
        RequireText(Addressee, nameof(Addressee), "Enter the name of the person you are raising it with", 200,
            "The name must be 200 characters or fewer");
        var on = DateInputModel.Required(RaisedOn, ModelState, nameof(RaisedOn), "the date the stage was raised");
        var earliest = Issue.CurrentStage?.RaisedOn ?? Issue.RaisedOn;
        if (on > Today)
        {
            ModelState.AddModelError(nameof(RaisedOn), "The date the stage was raised must be today or in the past");
        }
        else if (on < earliest)
        {
            ModelState.AddModelError(nameof(RaisedOn), $"The date the stage was raised must be on or after {DateDisplay.Long(earliest)}");
        }
        return ModelState.IsValid ? on : null;
    }
}
