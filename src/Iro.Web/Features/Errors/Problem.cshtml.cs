using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Iro.Web.Features.Errors;

/// <summary>Shown for any other error status (status code pages re-execute <c>/errors/{code}</c>), for example
/// a 400 when a form's antiforgery token has expired. The response keeps the original status code.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ProblemModel : PageModel
{
    public int Code { get; private set; }

    // From the route only: a re-executed POST keeps its form, and a form field named "code" (the sign-in
    // code, say) must not decide the status.
    public void OnGet([FromRoute] int code)
    {
        Code = code is >= 400 and <= 599 ? code : 500;
        Response.StatusCode = Code;
    }

    public void OnPost([FromRoute] int code) => OnGet(code);
}
