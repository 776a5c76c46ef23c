using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Iro.Web.Features.Errors;

/// <summary>Shown for 404 responses (status code pages re-execute <c>/errors/404</c>) and at <c>/not-found</c>.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class NotFoundModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status404NotFound;

    public void OnPost() => OnGet();
}
