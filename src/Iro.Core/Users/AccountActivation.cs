using Iro.Core.Audit;
using Iro.Core.Data;
using Microsoft.AspNetCore.Identity;

namespace Iro.Core.Users;

/// <summary>Deactivating a leaver, or letting them back: the account stays, so the records and the audit trail that
/// name them still do, but they cannot sign in. The security stamp changes as well, so that nothing signed with
/// the old one is accepted. The change and its audit entry are written together or not at all.</summary>
public static class AccountActivation
{
    /// <summary>False when the account already was as asked, and nothing was written.</summary>
    public static async Task<bool> SetActiveAsync(IroDbContext db, UserManager<IroUser> users, IroUser user, bool active,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsActive == active)
        {
            return false;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.IsActive = active;
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
        await db.RecordAccountChangeAsync(user, AuditAction.Modified, nameof(IroUser.IsActive), active ? "reactivated" : "deactivated", ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
