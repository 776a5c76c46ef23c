using Iro.Core.Users;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Iro.Web.Features.SignIn;

/// <summary>The second step of signing in with a recovery code instead of the app. A code is used up when
/// it signs someone in.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class RecoveryCodeModel(SignInManager<IroUser> signInManager) : PageModel
{
    public const string IncorrectMessage = "The recovery code is not correct, or it has already been used";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string ReturnQuery => Url.IsLocalUrl(ReturnUrl) ? QueryString.Create("returnUrl", ReturnUrl).ToString() : "";

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/SignIn/Index") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/SignIn/Index");
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), "Enter a recovery code");
            return Page();
        }

        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        ModelState.AddModelError(nameof(Code), result.IsLockedOut ? IndexModel.LockedOutMessage : IncorrectMessage);
        return Page();
    }
}
