using Iro.Core.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Iro.Web.Features.Home;

/// <summary>Sends each person to the page they start their day on.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.IsInRole(Roles.Iro) ? RedirectToPage("/Caseload/Index")
        : User.IsInRole(Roles.IroManager) || User.IsInRole(Roles.SeniorManager) || User.IsInRole(Roles.Inspector)
            || User.IsInRole(Roles.CouncilAdministrator)
            ? RedirectToPage("/Service/Index")
        : User.IsInRole(Roles.DataAnalyst) ? RedirectToPage("/Ssda903/Validate/Index")
        : Page();
}
