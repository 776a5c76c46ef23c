using Iro.Core;
using Iro.Core.Data;
using Iro.Core.Users;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Users;

/// <summary>A council administrator's list of who can sign in to their council, for the leavers' process: a leaver
/// is deactivated, not deleted, so the records and the audit trail that name them still do. Iro reads the account on
/// every request (<see cref="ActiveUserRequirement"/>), so a deactivated user's open session ends at its next
/// request. Adding users stays with the command line (<c>iro users add</c>), which sets passwords and council
/// accounts.</summary>
[Authorize(Policy = Policies.ManageUsers)]
public sealed class IndexModel(IroDbContext db, UserManager<IroUser> users, CouncilScope scope) : PageModel
{
    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    private CouncilId Council => scope.CouncilId ?? throw new InvalidOperationException("A council administrator belongs to a council.");

    public sealed record UserRow(Guid Id, string Name, string Email, string Role, bool Active, bool CouncilAccount, bool TwoFactor, bool IsYou);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var you = users.GetUserId(User);
        var withCouncilAccount = await CouncilAccount.LinkedUsersAsync(db, ct);
        Rows = (await users.Users.AsNoTracking().Where(u => u.CouncilId == Council).ToListAsync(ct))
            .OrderBy(u => u.IsActive ? 0 : 1).ThenBy(u => u.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Select(u => new UserRow(u.Id, u.DisplayName, u.Email ?? "", u.Role, u.IsActive, withCouncilAccount.Contains(u.Id),
                u.TwoFactorEnabled, u.Id.ToString() == you))
            .ToList();
    }

    public Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken ct) => SetActiveAsync(id, active: false, ct);

    public Task<IActionResult> OnPostReactivateAsync(Guid id, CancellationToken ct) => SetActiveAsync(id, active: true, ct);

    /// <summary>Only a user of the administrator's own council (another council's is not found), and never the
    /// administrator themselves, so that a council cannot be left with no one to undo it.</summary>
    private async Task<IActionResult> SetActiveAsync(Guid id, bool active, CancellationToken ct)
    {
        var user = await users.Users.SingleOrDefaultAsync(u => u.Id == id && u.CouncilId == Council, ct);
        if (user is null)
        {
            return NotFound();
        }
        if (user.Id.ToString() == users.GetUserId(User))
        {
            return Forbid();
        }
        await AccountActivation.SetActiveAsync(db, users, user, active, ct);
        Done = active ? $"{user.DisplayName} can sign in again." : $"{user.DisplayName} can no longer sign in.";
        return RedirectToPage();
    }
}
