using Iro.Core;
using Iro.Core.Children;
using Iro.Core.Data;
using Iro.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children.Disputes;

/// <summary>What the between-reviews and dispute pages share: the child, loaded and checked as for viewing; a
/// form that shows its answers back before saving (GOV.UK "check answers"); and a save that tells the second of
/// two people changing the same record at once, never overwriting the first.</summary>
public abstract class ChildCasePage(IroDbContext db) : PageModel
{
    public const string SomeoneElseChangedIt = "Someone else changed this record at the same time: check it and try again";

    protected IroDbContext Db => db;
    public Child Child { get; private set; } = null!;

    /// <summary>The answers are valid and shown back for the user to confirm.</summary>
    public bool Checking { get; private set; }

    /// <summary>Question and answer, in the order asked, for the check-answers page.</summary>
    public IReadOnlyList<(string Question, string Answer)> Answers { get; private set; } = [];

    /// <summary>The caption and title of the check-answers page, and its confirm button.</summary>
    public virtual string CheckTitle => "Check your answers";

    public virtual string ConfirmText => "Confirm and save";

    protected async Task<IActionResult?> LoadChildAsync(ChildId childId, CancellationToken ct,
        Func<IQueryable<Child>, IQueryable<Child>>? include = null)
    {
        var query = include is null ? db.Children : include(db.Children);
        var child = await query.SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null)
        {
            return NotFound();
        }
        if (!ChildAccess.CanView(User, child))
        {
            return Forbid();
        }
        Child = child;
        return null;
    }

    protected void ShowCheckAnswers(params (string Question, string Answer)[] answers)
    {
        Checking = true;
        Answers = answers;
    }

    /// <summary>Saves with a reason for the child's timeline; false (with an error on <paramref name="errorKey"/>)
    /// when someone else saved the same record first.</summary>
    protected async Task<bool> SaveAsync(string because, string errorKey, CancellationToken ct)
    {
        try
        {
            using (db.Changes.Because(because))
            {
                await db.SaveChangesAsync(ct);
            }
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(errorKey, SomeoneElseChangedIt);
            return false;
        }
    }

    /// <summary>Makes the save of <paramref name="entity"/> check the version the user saw, and change it.</summary>
    protected void ExpectVersion(IVersioned entity, Guid seen)
    {
        var entry = db.Entry(entity);
        entry.Property(nameof(IVersioned.Version)).OriginalValue = seen;
        entry.Property(nameof(IVersioned.Version)).IsModified = true;
    }

    protected static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    protected void RequireText(string? text, string key, string missing, int max, string tooLong)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError(key, missing);
        }
        else if (text.Trim().Length > max)
        {
            ModelState.AddModelError(key, tooLong);
        }
    }

    protected void OptionalText(string? text, string key, int max, string tooLong)
    {
        if (text is not null && text.Trim().Length > max)
        {
            ModelState.AddModelError(key, tooLong);
        }
    }
}
