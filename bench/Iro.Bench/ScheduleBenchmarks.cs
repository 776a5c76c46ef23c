using BenchmarkDotNet.Attributes;
using Iro.Core.Calendar;
using Iro.Core.Reviews;

namespace Iro.Bench;

/// <summary>The statutory engine's hot paths: a caseload page computes a status per child, and a recompute
/// after an import computes every child's schedule.</summary>
[MemoryDiagnoser]
public class ScheduleBenchmarks
{
    private readonly WorkingDayCalendar _calendar = WorkingDayCalendar.Default;
    private readonly DateOnly _start = new(2026, 12, 18);
    private readonly DateOnly[] _held = [new(2027, 1, 15), new(2027, 4, 14), new(2027, 10, 1), new(2028, 3, 30)];

    [Benchmark]
    public DateOnly AddTwentyWorkingDays() => _calendar.AddWorkingDays(_start, 20);

    [Benchmark]
    public int WorkingDaysInAYear() => _calendar.WorkingDaysBetween(_start, _start.AddYears(1));

    [Benchmark]
    public DateOnly NextReviewAfterFourHeld() => ReviewSchedule.Next(_start, _held, false, [], _calendar).DueOn;

    [Benchmark]
    public DateOnly FirstReviewWithExplanation() => ReviewSchedule.Next(_start, [], false, [], _calendar).DueOn;
}
