using Iro.Core.Calendar;
using Iro.Core.DisputeResolution;
using static Iro.Core.Tests.Dates;

namespace Iro.Core.Tests.DisputeResolution;

public class DisputeResolutionTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;
    private static readonly DisputeResolutionPolicy Policy = DisputeResolutionPolicy.Default;

    // "TM 2026-06-01 2026-06-05": the team manager stage raised on 1 June and answered on 5 June.
    private static RaisedStage[] Raised(params string[] stages) =>
    [
        .. stages.Select(s => s.Split(' ')).Select(p => new RaisedStage(p[0] switch
        {
            "TM" => "Team manager",
            "SM" => "Service manager",
            "HoS" => "Head of service",
            "Dir" => "Director of children's services",
            _ => p[0],
        }, D(p[1]), p.Length > 2 ? D(p[2]) : null)),
    ];

    private static DateOnly? Maybe(string iso) => iso == "" ? null : D(iso);

    private static DisputeProgress Progress(string[] raised, string resolved, string today) =>
        DisputeResolutionProcess.Progress(Raised(raised), Maybe(resolved), D(today), Policy, Calendar);

    [Theory]
    // Default ladder: 5 working days a stage (domain reference §5.3). Raised Monday 1 June 2026: due Monday 8 June.
    [InlineData(new[] { "TM 2026-06-01 2026-06-05" }, "", "2026-06-10", StageStatus.RespondedOnTime, false)]
    [InlineData(new[] { "TM 2026-06-01 2026-06-08" }, "", "2026-06-10", StageStatus.RespondedOnTime, false)]
    [InlineData(new[] { "TM 2026-06-01 2026-06-09" }, "", "2026-06-10", StageStatus.RespondedLate, true)]
    [InlineData(new[] { "TM 2026-06-01" }, "", "2026-06-08", StageStatus.AwaitingResponse, false)]
    [InlineData(new[] { "TM 2026-06-01" }, "", "2026-06-09", StageStatus.Overdue, true)]
    // Escalated without an answer: late only if the response time had run out first.
    [InlineData(new[] { "TM 2026-06-01", "SM 2026-06-10" }, "", "2026-06-10", StageStatus.NoResponse, true)]
    [InlineData(new[] { "TM 2026-06-01", "SM 2026-06-05" }, "", "2026-06-10", StageStatus.NoResponse, false)]
    // Resolved without a formal answer.
    [InlineData(new[] { "TM 2026-06-01" }, "2026-06-04", "2026-06-10", StageStatus.NoResponse, false)]
    [InlineData(new[] { "TM 2026-06-01" }, "2026-06-12", "2026-06-20", StageStatus.NoResponse, true)]
    public void Progress_FlagsALateStageResponse(string[] raised, string resolved, string today, StageStatus status,
        bool late)
    {
        var stage = Progress(raised, resolved, today).Stages[0];

        Assert.Equal((D("2026-06-08"), status, late), (stage.ResponseDueOn, stage.Status, stage.IsLate));
    }

    [Theory]
    // IRO Handbook 2010 §6.2: the whole formal process in no more than 20 working days, from the first stage raised.
    [InlineData("", "2026-06-29", false)]
    [InlineData("", "2026-06-30", true)]
    [InlineData("2026-06-29", "2026-07-10", false)]
    [InlineData("2026-06-30", "2026-07-10", true)]
    public void Progress_FlagsTheWholeProcessPast20WorkingDays(string resolved, string today, bool past)
    {
        var progress = Progress(["TM 2026-06-01 2026-06-05", "SM 2026-06-10 2026-06-12", "HoS 2026-06-15"], resolved,
            today);

        Assert.Equal((D("2026-06-29"), past), (progress.WholeProcessDueOn, progress.PastWholeProcessLimit));
    }

    [Theory]
    // IRO Handbook 2010 §6.2: the IRO may skip any stage.
    [InlineData(new[] { "TM 2026-06-01", "HoS 2026-06-10" }, new[] { "Service manager" })]
    [InlineData(new[] { "Dir 2026-06-01" }, new[] { "Team manager", "Service manager", "Head of service" })]
    [InlineData(new[] { "TM 2026-06-01", "SM 2026-06-10" }, new string[0])]
    public void Progress_AllowsSkippingStages(string[] raised, string[] skipped)
    {
        var progress = Progress(raised, "", "2026-06-12");

        Assert.Equal(skipped, progress.Skipped);
        Assert.Equal(D(raised[0].Split(' ')[1]), progress.StartedOn);
    }

    [Theory]
    [InlineData(new string[0], "nothing raised")]
    [InlineData(new[] { "Ombudsman 2026-06-01" }, "not on the council's ladder")]
    [InlineData(new[] { "SM 2026-06-01", "TM 2026-06-05" }, "down the ladder")]
    [InlineData(new[] { "TM 2026-06-01", "TM 2026-06-05" }, "the same stage twice")]
    [InlineData(new[] { "TM 2026-06-05", "SM 2026-06-01" }, "raised out of date order")]
    [InlineData(new[] { "TM 2026-06-05 2026-06-01" }, "answered before it was raised")]
    public void Progress_InconsistentStages_Throw(string[] raised, string why) =>
        Assert.True(Record.Exception(() => Progress(raised, "", "2026-06-10")) is ArgumentException, why);

    [Fact]
    public void Progress_ResolvedBeforeItStarted_Throws() =>
        Assert.Throws<ArgumentException>(() => Progress(["TM 2026-06-05"], "2026-06-01", "2026-06-10"));

    [Fact]
    public void Progress_CouncilLadder_SetsTheDueDates()
    {
        var ladder = new DisputeResolutionPolicy([new("Practice lead", 3), new("Assistant director", 10)], 15);

        var progress = DisputeResolutionProcess.Progress(
            [new("Practice lead", D("2026-06-01")), new("Assistant director", D("2026-06-04"))], null, D("2026-06-05"),
            ladder, Calendar);

        Assert.Equal([D("2026-06-04"), D("2026-06-18")], progress.Stages.Select(s => s.ResponseDueOn));
        Assert.Equal(D("2026-06-22"), progress.WholeProcessDueOn);
    }

    [Fact]
    public void Progress_ExplainsTheWholeProcess()
    {
        var progress = Progress(["TM 2026-06-01", "HoS 2026-06-10"], "", "2026-07-01");

        Assert.Equal("The whole formal process should take no more than 20 working days (IRO Handbook 2010 §6.2). " +
            "It started on Monday 1 June 2026 with the Team manager stage; that day is day 0, so the last day is " +
            "Monday 29 June 2026. The IRO skipped the Service manager stage, as the Handbook allows. It is still " +
            "open, 2 working days past the limit.", progress.Explanation);
        Assert.Equal("The Team manager stage was raised on Monday 1 June 2026; a response is due within 5 working " +
            "days, by Monday 8 June 2026. No response came by the due date; the IRO escalated on 10 June 2026.",
            progress.Stages[0].Explanation);
        Assert.True(progress.AnyStageLate);
    }

    [Fact]
    public void Default_IsFourStagesOfFiveWorkingDays()
    {
        Assert.Empty(Policy.Validate());
        Assert.Equal(["Team manager", "Service manager", "Head of service", "Director of children's services"],
            Policy.Stages.Select(s => s.Name));
        Assert.Equal((20, 20), (Policy.Stages.Sum(s => s.ResponseWithin), Policy.WholeProcessWithin));
    }

    [Theory]
    [InlineData("A:5,B:5,C:5", 20, 0)]
    [InlineData("A:5,B:5", 10, 0)]
    // The Handbook's 20 working days may be shortened, not lengthened.
    [InlineData("A:5,B:5", 25, 1)]
    [InlineData("A:5,B:5", 0, 4)] // every problem is listed: each stage, their total and the whole
    // The stages must fit in the whole process.
    [InlineData("A:6,B:6,C:6,D:6", 20, 1)]
    [InlineData("A:0,B:5", 20, 1)]
    [InlineData("A:5,a:5", 20, 1)] // names must differ
    [InlineData(":5", 20, 1)] // a stage needs a name
    [InlineData("", 20, 1)] // at least one stage
    public void Validate_KeepsTheLadderSensible(string stages, int whole, int problems)
    {
        DisputeStage[] ladder = stages == ""
            ? []
            : [.. stages.Split(',').Select(s => s.Split(':')).Select(p => new DisputeStage(p[0], int.Parse(p[1],
                System.Globalization.CultureInfo.InvariantCulture)))];

        Assert.Equal(problems, new DisputeResolutionPolicy(ladder, whole).Validate().Count);
    }
}
