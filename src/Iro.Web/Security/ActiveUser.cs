using Iro.Core.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Security;

/// <summary>Every page needs a signed-in user whose account is still active (issue 4 §1). The sign-in cookie
/// outlives a deactivation, so the account is read again on each request: one primary-key lookup.</summary>
public sealed class ActiveUserRequirement : IAuthorizationRequirement
{
    public static readonly ActiveUserRequirement Instance = new();
}

public sealed class ActiveUserHandler(UserManager<IroUser> users) : AuthorizationHandler<ActiveUserRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ActiveUserRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true && Guid.TryParse(users.GetUserId(context.User), out var id)
            && await users.Users.AnyAsync(u => u.Id == id && u.IsActive))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>A deactivated account cannot sign in: Identity asks this before every sign-in when
/// <c>SignIn.RequireConfirmedAccount</c> is on.</summary>
public sealed class ActiveUserConfirmation : IUserConfirmation<IroUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<IroUser> manager, IroUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(user.IsActive);
    }
}
