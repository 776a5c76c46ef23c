using Iro.Core.Users;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Iro.Web.Features.SignIn;

[AllowAnonymous]
[EnableRateLimiting(Security.SignInRateLimit.Policy)]
public sealed class IndexModel(SignInManager<IroUser> signInManager, CouncilAccountSettings councilAccount) : PageModel
{
    public const string IncorrectMessage = "Email address or password is incorrect";
    public const string LockedOutMessage =
        "Your account is locked because of too many failed sign-in attempts. Try again later, or ask your administrator to unlock it.";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public CouncilAccountSettings CouncilAccount => councilAccount;

    /// <summary>Off to the council's identity provider. A POST with an antiforgery token, so another site
    /// cannot start a sign-in in the user's browser.</summary>
    public IActionResult OnPostCouncilAccount()
    {
        if (!councilAccount.Enabled)
        {
            return NotFound();
        }
        var target = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
        var properties = signInManager.ConfigureExternalAuthenticationProperties(
            Security.CouncilAccount.Scheme, $"/sign-in/council-account{QueryString.Create("returnUrl", target)}");
        return Challenge(properties, Security.CouncilAccount.Scheme);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var email = Email?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            ModelState.AddModelError(nameof(Email), "Enter your email address");
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Enter your password");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signInManager.PasswordSignInAsync(email!, Password!, isPersistent: false, lockoutOnFailure: true);
        var target = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
        if (result.Succeeded)
        {
            return LocalRedirect(target);
        }

        if (result.RequiresTwoFactor)
        {
            return LocalRedirect($"/sign-in/two-factor{QueryString.Create("returnUrl", target)}");
        }

        ModelState.AddModelError(nameof(Email), result.IsLockedOut ? LockedOutMessage : IncorrectMessage);
        return Page();
    }
}
