using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.DisputeResolution;
using Iro.Core.Reviews;
using Iro.Web.Govuk;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children.Disputes;

/// <summary>Raises an issue about the child's case, from the child's page, from a review, or in one step from an
/// overdue decision (which pre-fills the category and links the decision). IRO Handbook 2010 §6.1: the IRO takes
/// the problem up and records it on the child's file.</summary>
[Authorize(Policy = Policies.RaiseDispute)]
public sealed class RaiseModel(IroDbContext db, TimeProvider clock) : ChildCasePage(db)
{
    [BindProperty(SupportsGet = true)]
    public Guid? DecisionId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ReviewId { get; set; }

    [BindProperty]
    public DisputeCategory? Category { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    /// <summary>When the IRO first took the issue up: today, or earlier when it is recorded after the event.</summary>
    [BindProperty]
    public DateInputModel? RaisedOn { get; set; }

    public ReviewDecision? Decision { get; private set; }
    public Review? Review { get; private set; }

    public override string CheckTitle => "Check the issue before you raise it";

    public override string ConfirmText => "Raise issue";

    public async Task<IActionResult> OnGetAsync(ChildId childId, CancellationToken ct)
    {
        if (await LoadAsync(childId, ct) is { } refused)
        {
            return refused;
        }
        RaisedOn = DateInputModel.From(clock.TodayInEngland());
        if (Decision is { } d)
        {
            // An overdue decision is a plan not carried out (domain reference §5.3, "plan implementation").
            Category = DisputeCategory.PlanNotImplemented;
            Summary = $"The decision \"{d.Text}\" ({d.OwnerName}) was due by {DateDisplay.Long(d.DueOn)} and has not been done.";
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(ChildId childId, CancellationToken ct)
    {
        if (await LoadAsync(childId, ct) is { } refused)
        {
            return refused;
        }
        if (Validate() is { } raisedOn)
        {
            ShowCheckAnswers([.. About(), ("Category", DisputeIssue.Describe(Category!.Value)), ("What is wrong", Summary!.Trim()),
                ("Raised on", DateDisplay.Long(raisedOn))]);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(ChildId childId, CancellationToken ct) => await LoadAsync(childId, ct) ?? Page();

    public async Task<IActionResult> OnPostConfirmAsync(ChildId childId, CancellationToken ct)
    {
        if (await LoadAsync(childId, ct) is { } refused)
        {
            return refused;
        }
        if (Validate() is not { } raisedOn)
        {
            return Page();
        }
        var issue = new DisputeIssue
        {
            CouncilId = Child.CouncilId, ChildId = Child.Id, ReviewDecisionId = Decision?.Id, ReviewId = Review?.Id ?? Decision?.ReviewId,
            Category = Category!.Value, Summary = Summary!.Trim(), RaisedOn = raisedOn, RaisedById = User.StaffMember(),
        };
        Db.DisputeIssues.Add(issue);
        var from = Decision is not null ? " about an overdue decision" : Review is not null ? " about a review" : "";
        if (!await SaveAsync($"Issue raised{from}: {DisputeIssue.Describe(issue.Category).ToLowerInvariant()}", nameof(Category), ct))
        {
            return Page();
        }
        TempData["Done"] = "Issue raised. Record the informal attempt to resolve it, or escalate it to a formal stage.";
        return Redirect($"/children/{childId}/disputes/{issue.Id}");
    }

    public IEnumerable<(string, string)> About()
    {
        if (Decision is { } d)
        {
            yield return ("Decision", $"{d.Text} ({d.OwnerName}, due by {DateDisplay.Long(d.DueOn)})");
        }
        if (Review is { HeldOn: { } held })
        {
            yield return ("Review", $"Held on {DateDisplay.Long(held)}");
        }
    }

    private async Task<IActionResult?> LoadAsync(ChildId childId, CancellationToken ct)
    {
        if (await LoadChildAsync(childId, ct, c => c.Include(x => x.Reviews).Include(x => x.Decisions)) is { } refused)
        {
            return refused;
        }
        if (DecisionId is { } d)
        {
            Decision = Child.Decisions.SingleOrDefault(x => x.Id == d);
            if (Decision is null)
            {
                return NotFound();
            }
        }
        if (ReviewId is { } r)
        {
            Review = Child.Reviews.SingleOrDefault(x => x.Id == r && x.HeldOn is not null);
            if (Review is null)
            {
                return NotFound();
            }
        }
        return null;
    }

    private DateOnly? Validate()
    {
        if (Category is null)
        {
            ModelState.AddModelError(nameof(Category), "Select what the issue is about");
        }
        RequireText(Summary, nameof(Summary), "Say what is wrong", 2000, "What is wrong must be 2,000 characters or fewer");
        var on = DateInputModel.Required(RaisedOn, ModelState, nameof(RaisedOn), "the date the issue was raised");
        if (on > clock.TodayInEngland())
        {
            ModelState.AddModelError(nameof(RaisedOn), "The date the issue was raised must be today or in the past");
        }
        return ModelState.IsValid ? on : null;
    }
}
