using Iro.Core.Users;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Iro.Web.Features.SignIn;

/// <summary>Where the council's identity provider sends the user back. The provider says who they are; Iro's
/// users table says whether they may come in and with what role (issue 4 §3), so an account nobody has linked
/// is refused, never created. Anonymous, because nobody is signed in to Iro yet: Identity's external cookie,
/// issued only by the OpenID Connect handler after a valid response, says whose account it is.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class CouncilAccountModel(
    SignInManager<IroUser> signInManager, UserManager<IroUser> users, CouncilAccountSettings settings) : PageModel
{
    public enum Refusal
    {
        NotLinked,
        TurnedOff,
        LockedOut,
    }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public Refusal Reason { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!settings.Enabled)
        {
            return NotFound();
        }
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || external.Properties?.Items.TryGetValue("LoginProvider", out var provider) != true
            || provider != CouncilAccount.Scheme)
        {
            return RedirectToPage("/SignIn/Index");
        }

        var key = CouncilAccount.KeyFor(external.Principal, settings);
        var user = key is null ? null : await users.FindByLoginAsync(CouncilAccount.Scheme, key);
        if (user is null || !user.IsActive)
        {
            return await RefuseAsync(user is null ? Refusal.NotLinked : Refusal.TurnedOff);
        }

        // The provider did the second factor; Iro's authenticator codes protect Iro's own passwords. Identity
        // still checks the account is active and not locked, and clears the external cookie.
        var result = await signInManager.ExternalLoginSignInAsync(CouncilAccount.Scheme, key!, isPersistent: false, bypassTwoFactor: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        return await RefuseAsync(result.IsLockedOut ? Refusal.LockedOut : Refusal.TurnedOff);
    }

    private async Task<IActionResult> RefuseAsync(Refusal reason)
    {
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        Reason = reason;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
