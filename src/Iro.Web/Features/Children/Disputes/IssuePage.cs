using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.DisputeResolution;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children.Disputes;

/// <summary>A page about one of the child's issues: the issue, the council's ladder, and the version the user
/// saw, which travels with every form so that two people changing the issue at once cannot overwrite each other.
/// </summary>
public abstract class IssuePage(IroDbContext db, TimeProvider clock) : ChildCasePage(db)
{
    public DisputeIssue Issue { get; private set; } = null!;
    public DisputeResolutionPolicy Ladder { get; private set; } = DisputeResolutionPolicy.Default;
    public DateOnly Today { get; private set; }

    [BindProperty]
    public Guid Version { get; set; }

    protected async Task<IActionResult?> LoadIssueAsync(ChildId childId, Guid issueId, CancellationToken ct)
    {
        if (await LoadChildAsync(childId, ct) is { } refused)
        {
            return refused;
        }
        var issue = await Db.DisputeIssues.SingleOrDefaultAsync(i => i.Id == issueId && i.ChildId == childId, ct);
        if (issue is null)
        {
            return NotFound();
        }
        Issue = issue;
        Ladder = await Db.Councils.Where(c => c.Id == Child.CouncilId).Select(c => c.DisputeResolution).SingleAsync(ct);
        Today = clock.TodayInEngland();
        return null;
    }

    /// <summary>Loads the issue for a form: a resolved issue has nothing more to record.</summary>
    protected async Task<IActionResult?> LoadOpenIssueAsync(ChildId childId, Guid issueId, CancellationToken ct)
    {
        if (await LoadIssueAsync(childId, issueId, ct) is { } refused)
        {
            return refused;
        }
        return Issue.IsOpen ? null : Redirect(IssuePath);
    }

    public string IssuePath => $"/children/{Child.Id}/disputes/{Issue.Id}";

    /// <summary>On a form's first showing: the version to send back.</summary>
    protected IActionResult Form()
    {
        Version = Issue.Version;
        return Page();
    }

    /// <summary>Refuses the change if the issue changed since the user loaded the form, else makes the save check
    /// it.</summary>
    protected bool VersionStillCurrent(string errorKey)
    {
        if (Version != Issue.Version)
        {
            ModelState.AddModelError(errorKey, SomeoneElseChangedIt);
            return false;
        }
        ExpectVersion(Issue, Version);
        return true;
    }

    protected async Task<IActionResult> SaveAndReturnAsync(string because, string errorKey, string done, CancellationToken ct)
    {
        if (!await SaveAsync(because, errorKey, ct))
        {
            return Page();
        }
        TempData["Done"] = done;
        return Redirect(IssuePath);
    }

}
