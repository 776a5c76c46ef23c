using Iro.Core.Calendar;

namespace Iro.Core.Tests.Calendar;

/// <summary>Seeded random checks of the working-day arithmetic over the supported range, 2000–2100. Start dates
/// leave a year at each end so that counts of up to 250 working days stay in range.</summary>
public class WorkingDayCalendarPropertyTests
{
    private const int Cases = 4000;
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;
    private static readonly DateOnly First = new(2001, 1, 1);
    private static readonly DateOnly Last = new(2099, 12, 31);

    private static DateOnly RandomDate(Random random) =>
        DateOnly.FromDayNumber(random.Next(First.DayNumber, Last.DayNumber + 1));

    [Fact]
    public void AddWorkingDays_PositiveNeverLandsOnANonWorkingDay()
    {
        var random = new Random(2026);
        for (var i = 0; i < Cases; i++)
        {
            var start = RandomDate(random);
            var n = random.Next(1, 60);
            var result = Calendar.AddWorkingDays(start, n);
            Assert.True(Calendar.IsWorkingDay(result), $"{start:yyyy-MM-dd} + {n} = {result:yyyy-MM-dd}");
        }
    }

    [Fact]
    public void AddWorkingDays_IsStrictlyIncreasingInN()
    {
        var random = new Random(33);
        for (var i = 0; i < Cases / 10; i++)
        {
            var start = RandomDate(random);
            var previous = start;
            for (var n = 1; n <= 40; n++)
            {
                var next = Calendar.AddWorkingDays(start, n);
                Assert.True(next > previous, $"{start:yyyy-MM-dd}: n = {n}");
                previous = next;
            }
        }
    }

    [Fact]
    public void WorkingDaysBetween_InvertsAddWorkingDays()
    {
        var random = new Random(20);
        for (var i = 0; i < Cases; i++)
        {
            var start = RandomDate(random);
            var n = random.Next(0, 251);
            Assert.Equal(n, Calendar.WorkingDaysBetween(start, Calendar.AddWorkingDays(start, n)));
        }
    }

    [Fact]
    public void AddWorkingDays_NegativeUndoesPositiveFromAWorkingDay()
    {
        var random = new Random(48);
        for (var i = 0; i < Cases; i++)
        {
            var workingDay = Calendar.AddWorkingDays(RandomDate(random), 1);
            var n = random.Next(1, 251);
            Assert.Equal(workingDay, Calendar.AddWorkingDays(Calendar.AddWorkingDays(workingDay, n), -n));
            Assert.Equal(workingDay, Calendar.AddWorkingDays(Calendar.AddWorkingDays(workingDay, -n), n));
            Assert.Equal(-n, Calendar.WorkingDaysBetween(workingDay, Calendar.AddWorkingDays(workingDay, -n)));
        }
    }

    [Fact]
    public void AddWorkingDays_MatchesCountingDayByDay()
    {
        var random = new Random(2010);
        for (var i = 0; i < Cases; i++)
        {
            var start = RandomDate(random);
            var n = random.Next(-60, 61);
            var expected = start;
            var step = Math.Sign(n);
            for (var counted = 0; counted < Math.Abs(n);)
            {
                expected = expected.AddDays(step);
                if (Calendar.IsWorkingDay(expected))
                {
                    counted++;
                }
            }
            Assert.Equal(expected, Calendar.AddWorkingDays(start, n));
        }
    }

    [Fact]
    public void WorkingDaysBetween_IsAntisymmetric()
    {
        var random = new Random(1971);
        for (var i = 0; i < Cases; i++)
        {
            var a = RandomDate(random);
            var b = RandomDate(random);
            Assert.Equal(-Calendar.WorkingDaysBetween(b, a), Calendar.WorkingDaysBetween(a, b));
        }
    }

    [Fact]
    public void NonWorkingDaysBetween_AddsUpWithWorkingDaysBetween()
    {
        var random = new Random(7);
        for (var i = 0; i < Cases / 4; i++)
        {
            var from = RandomDate(random);
            var to = from.AddDays(random.Next(0, 100));
            var nonWorking = Calendar.NonWorkingDaysBetween(from, to);
            Assert.Equal(to.DayNumber - from.DayNumber, Calendar.WorkingDaysBetween(from, to) + nonWorking.Count);
            Assert.All(nonWorking, d => Assert.False(Calendar.IsWorkingDay(d.Date)));
        }
    }
}
