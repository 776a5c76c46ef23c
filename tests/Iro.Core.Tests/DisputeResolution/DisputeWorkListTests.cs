using Iro.Core.Calendar;
using Iro.Core.DisputeResolution;
using static Iro.Core.Tests.Dates;

namespace Iro.Core.Tests.DisputeResolution;

public sealed class DisputeWorkListTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;
    private static readonly DisputeResolutionPolicy Policy = DisputeResolutionPolicy.Default;
    private static readonly string[] Ladder = ["Team manager", "Service manager", "Head of service", "Director of children's services"];

    // "0 2026-06-01 2026-06-05": ladder index, raised on, responded on ("-" for none).
    private static DisputeIssue Issue(string resolvedOn, params string[] stages)
    {
        var issue = new DisputeIssue
        {
            CouncilId = CouncilId.New(), ChildId = ChildId.New(), Category = DisputeCategory.Contact, Summary = "Contact",
            RaisedOn = D("2026-06-01"),
        };
        foreach (var p in stages.Select(s => s.Split(' ')))
        {
            var raised = issue.RaiseStage(Ladder[int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture)], "Named person",
                D(p[1]), Policy, Calendar);
            if (p.Length > 2 && p[2] != "-")
            {
                issue.RecordResponse(raised.Id, D(p[2]), "Answer");
            }
        }
        if (resolvedOn != "")
        {
            issue.Resolve(D(resolvedOn), "Put right");
        }
        return issue;
    }

    [Theory]
    [InlineData("", new string[0], "2026-06-05", "")] // informal only: nothing awaited
    [InlineData("", new[] { "0 2026-06-01" }, "2026-06-08", "Team manager 2026-06-08 on time")]
    [InlineData("", new[] { "0 2026-06-01" }, "2026-06-09", "Team manager 2026-06-08 late")]
    [InlineData("", new[] { "0 2026-06-01 2026-06-03" }, "2026-06-09", "")] // answered
    // Escalated: only the higher stage is awaited.
    [InlineData("", new[] { "0 2026-06-01", "2 2026-06-09" }, "2026-06-10", "Head of service 2026-06-16 on time")]
    [InlineData("2026-06-05", new[] { "0 2026-06-01" }, "2026-06-10", "")] // resolved
    public void AwaitingResponse_IsTheCurrentUnansweredStage_WithALateFlag(string resolved, string[] stages, string today, string expected)
    {
        var awaiting = DisputeWorkList.AwaitingResponse([Issue(resolved, stages)], D(today));

        Assert.Equal(expected, string.Join(';', awaiting.Select(a =>
            $"{a.Stage} {a.ResponseDueOn:yyyy-MM-dd} {(a.IsLate ? "late" : "on time")}")));
    }

    [Theory]
    // IRO Handbook 2010 §6.2: 20 working days from the first formal stage; 1 June 2026 + 20 is 29 June.
    [InlineData("", new[] { "0 2026-06-01 2026-06-05" }, "2026-06-29", "")]
    [InlineData("", new[] { "0 2026-06-01 2026-06-05" }, "2026-06-30", "1")]
    [InlineData("", new[] { "0 2026-06-01", "1 2026-06-10" }, "2026-07-06", "5")]
    [InlineData("2026-07-01", new[] { "0 2026-06-01" }, "2026-07-06", "")] // resolved: no longer on the list
    [InlineData("", new string[0], "2026-09-01", "")] // no formal stage: the limit has not started
    public void PastWholeProcessLimit_ListsOpenIssuesPast20WorkingDays(string resolved, string[] stages, string today, string over)
    {
        var past = DisputeWorkList.PastWholeProcessLimit([Issue(resolved, stages)], D(today), Policy, Calendar);

        Assert.Equal(over, string.Join(';', past.Select(p => p.WorkingDaysOver)));
    }

    [Theory]
    [InlineData("", "2026-06-01", 0)]
    [InlineData("", "2026-06-08", 5)]
    [InlineData("2026-06-03", "2026-06-30", 2)]
    public void WorkingDaysOpen_CountsFromTheDayRaised_ToTodayOrResolution(string resolved, string today, int days) =>
        Assert.Equal(days, DisputeWorkList.WorkingDaysOpen(Issue(resolved), D(today), Calendar));
}
