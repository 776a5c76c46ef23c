using Iro.Core.Users;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Iro.Web.Features.SignIn;

/// <summary>The second step of signing in: a code from the authenticator app. Anonymous, because the person
/// is not signed in yet; Identity's short-lived two-factor cookie says who passed the first step.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class TwoFactorModel(SignInManager<IroUser> signInManager) : PageModel
{
    public const string IncorrectMessage = "The code is not correct. Enter the code your authenticator app shows now";

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
            // The first step has expired (five minutes): start again.
            return RedirectToPage("/SignIn/Index");
        }

        var code = OneTimeCode.Normalise(Code);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), "Enter the code from your authenticator app");
            return Page();
        }
        if (!OneTimeCode.IsWellFormed(code))
        {
            ModelState.AddModelError(nameof(Code), "The code must be 6 numbers");
            return Page();
        }

        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        ModelState.AddModelError(nameof(Code), result.IsLockedOut ? IndexModel.LockedOutMessage : IncorrectMessage);
        return Page();
    }
}
