using Iro.Core;
using Iro.Core.Audit;
using Iro.Core.Calendar;
using Iro.Core.Children;
using Iro.Core.Data;
using Iro.Core.Reviews.Preparation;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Iro.Web.Features.Children.Reviews.Preparation;

/// <summary>The preparation task list for the child's next review (issue 5 §2), each task with its status, its
/// last day and the rule behind it.</summary>
[Authorize(Policy = Policies.RecordReview)]
public sealed class IndexModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar)
    : PreparationPageModel(db, clock, calendar)
{
    public IReadOnlyList<PreparationTask> TaskList { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(ChildId childId, Guid reviewId, CancellationToken ct)
    {
        if (await LoadAsync(childId, reviewId, ct) is { } refused)
        {
            return refused;
        }
        await Db.RecordChildViewAsync(Child, ct);
        TaskList = Tasks();
        return Page();
    }

    public static string PathFor(PreparationTaskKind kind) => kind switch
    {
        PreparationTaskKind.Invitations => "invitations",
        PreparationTaskKind.Consultation or PreparationTaskKind.SocialWorkerReport => "consultation",
        PreparationTaskKind.PrivateConversation => "private-conversation",
        PreparationTaskKind.Advocacy => "advocacy",
        PreparationTaskKind.Rights => "rights",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown task."),
    };

    public static (string Text, string? Colour) StatusTag(PreparationTask task) => task.Status switch
    {
        PreparationTaskStatus.Done => ("Completed", null),
        PreparationTaskStatus.Overdue => ("Overdue", "red"),
        PreparationTaskStatus.InProgress => ("In progress", "teal"),
        _ => ("Not yet started", null),
    };
}
