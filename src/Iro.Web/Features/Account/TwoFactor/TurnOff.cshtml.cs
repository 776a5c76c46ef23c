using Iro.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Iro.Web.Features.Account.TwoFactor;

/// <summary>Turns two-factor authentication off, and forgets the key and recovery codes so that an old
/// copy of them is useless. Refused (403) for a role that requires it (<see cref="SignInPolicy.RequiresTwoFactor"/>).</summary>
public sealed class TurnOffModel(UserManager<IroUser> userManager, SignInManager<IroUser> signInManager) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (SignInPolicy.RequiresTwoFactor(user.Role))
        {
            return Forbid();
        }
        return await userManager.GetTwoFactorEnabledAsync(user) ? Page() : RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (SignInPolicy.RequiresTwoFactor(user.Role))
        {
            return Forbid();
        }
        await userManager.SetTwoFactorEnabledAsync(user, false);
        await userManager.ResetAuthenticatorKeyAsync(user);
        await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await signInManager.RefreshSignInAsync(user);
        TempData[IndexModel.BannerKey] = "Two-factor authentication is off";
        return RedirectToPage("Index");
    }
}
