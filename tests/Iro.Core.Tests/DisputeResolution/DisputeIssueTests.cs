using Iro.Core.Calendar;
using Iro.Core.DisputeResolution;
using static Iro.Core.Tests.Dates;

namespace Iro.Core.Tests.DisputeResolution;

public sealed class DisputeIssueTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;
    private static readonly DisputeResolutionPolicy Policy = DisputeResolutionPolicy.Default;

    private static DisputeIssue NewIssue(string raisedOn = "2026-06-01") => new()
    {
        CouncilId = CouncilId.New(), ChildId = ChildId.New(), Category = DisputeCategory.DriftAndDelay,
        Summary = "The plan for school has not moved", RaisedOn = D(raisedOn),
    };

    // "Team manager 2026-06-01 2026-06-05": stage, raised on, responded on.
    private static DisputeIssue WithStages(params string[] stages)
    {
        var issue = NewIssue();
        foreach (var s in stages)
        {
            var parts = s.Split(' ');
            var dates = parts.Where(p => p.Length == 10 && p[4] == '-').ToList();
            var name = string.Join(' ', parts.Where(p => !dates.Contains(p)));
            var raised = issue.RaiseStage(name, "A Manager", D(dates[0]), Policy, Calendar);
            if (dates.Count > 1)
            {
                issue.RecordResponse(raised.Id, D(dates[1]), "Agreed");
            }
        }
        return issue;
    }

    [Theory]
    [InlineData(new string[0], "Team manager,Service manager,Head of service,Director of children's services")]
    [InlineData(new[] { "Team manager 2026-06-01" }, "Service manager,Head of service,Director of children's services")]
    // IRO Handbook 2010 §6.2: any stage may be skipped; what is left is the stages above the highest raised.
    [InlineData(new[] { "Head of service 2026-06-01" }, "Director of children's services")]
    [InlineData(new[] { "Director of children's services 2026-06-01" }, "")]
    public void StagesAvailable_AreThoseAboveTheHighestRaised(string[] raised, string available) =>
        Assert.Equal(available, string.Join(',', WithStages(raised).StagesAvailable(Policy).Select(s => s.Name)));

    [Theory]
    [InlineData("2026-06-01", "2026-06-08")] // Monday + 5 working days
    [InlineData("2026-05-22", "2026-06-01")] // the spring bank holiday, 25 May, is not counted
    public void RaiseStage_SetsTheResponseDueDate_FromTheLadder(string raisedOn, string due)
    {
        var issue = NewIssue("2026-05-01");
        Assert.Equal(D(due), issue.RaiseStage("Team manager", "Tess Manager", D(raisedOn), Policy, Calendar).ResponseDueOn);
    }

    [Theory]
    [InlineData("Team manager", "")] // no addressee
    [InlineData("Team manager", "A Manager", "Service manager 2026-06-02")] // below the highest raised
    [InlineData("Chief executive", "A Manager")] // not on the ladder
    public void RaiseStage_RefusesAStageThatIsNotNext_OrHasNoAddressee(string stage, string addressee, params string[] before)
    {
        var issue = WithStages(before);
        Assert.Throws<DomainRuleException>(() => issue.RaiseStage(stage, addressee, D("2026-06-03"), Policy, Calendar));
    }

    [Fact]
    public void ResolvedIssue_AcceptsNoMoreChanges()
    {
        var issue = WithStages("Team manager 2026-06-01");
        issue.Resolve(D("2026-06-04"), "Tutor agreed");
        Assert.Throws<DomainRuleException>(() => issue.RaiseStage("Service manager", "S M", D("2026-06-05"), Policy, Calendar));
        Assert.Throws<DomainRuleException>(() => issue.RecordInformalAttempt(D("2026-06-05"), "SW", "No change"));
    }

    [Fact]
    public void Progress_AfterTheCouncilChangesItsLadder_UsesTheStagesAsRaised()
    {
        var issue = WithStages("Team manager 2026-06-01");
        var renamed = new DisputeResolutionPolicy([new("Practice lead", 3), new("Director", 5)]);

        var progress = issue.Progress(D("2026-06-10"), renamed, Calendar)!;

        Assert.Equal((D("2026-06-08"), true), (progress.Stages[0].ResponseDueOn, progress.Stages[0].IsLate));
    }
}
