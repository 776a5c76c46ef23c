using Iro.Core;
using Iro.Core.Children;
using Iro.Core.Data;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children.Timeline;

/// <summary>The whole of a child's timeline (issue 5, "each step shows in the child's timeline"). Whoever may see
/// the child may see it, except an advocate, who sees only what advocacy needs.</summary>
[Authorize(Policy = Policies.ViewChildRecord)]
public sealed class IndexModel(IroDbContext db) : PageModel
{
    public Child Child { get; private set; } = null!;
    public IReadOnlyList<TimelineEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(ChildId childId, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null)
        {
            return NotFound();
        }
        if (!ChildAccess.CanView(User, child) || ChildAccess.SeesAdvocacyViewOnly(User))
        {
            return Forbid();
        }
        Child = child;
        Entries = await ChildTimeline.LoadAsync(db, childId, take: null, ct);
        return Page();
    }
}
