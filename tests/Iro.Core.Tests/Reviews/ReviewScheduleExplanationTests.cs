using System.Globalization;
using Iro.Core.Calendar;
using Iro.Core.Reviews;
using static Iro.Core.Tests.Dates;

namespace Iro.Core.Tests.Reviews;

public class ReviewScheduleExplanationTests
{
    private static DueDateExplanation Explain(string start, string[] held, bool shortBreaks = false,
        params ReviewTriggerFact[] triggers) =>
        ReviewSchedule.Next(D(start), [.. held.Select(D)], shortBreaks, triggers, WorkingDayCalendar.Default)
            .Explanation;

    [Theory]
    // CPPCR 2010 reg 33(1): the explanation names the regulation, the start date and every skipped day.
    [InlineData("CPPCR 2010 reg 33(1)")]
    [InlineData("Wednesday 2 December 2026")]
    [InlineData("Saturday 5 December 2026")]
    [InlineData("Friday 25 December 2026 (Christmas Day)")]
    [InlineData("Monday 28 December 2026 (Substitute day for Boxing Day)")]
    [InlineData("Friday 1 January 2027 (New Year’s Day)")]
    [InlineData("Sunday 3 January 2027")]
    [InlineData("13 non-working days")]
    [InlineData("Monday 4 January 2027")]
    public void FirstReview_TextExplainsTheCount(string expected) =>
        Assert.Contains(expected, Explain("2026-12-02", []).Text, StringComparison.Ordinal);

    [Fact]
    public void FirstReview_ListsTheSkippedDays()
    {
        var explanation = Explain("2026-12-02", []);

        Assert.Equal(13, explanation.SkippedDays.Count);
        Assert.Equal(new NonWorkingDay(D("2026-12-25"), "Christmas Day"), explanation.SkippedDays[6]);
    }

    [Fact]
    public void FirstReview_CountsFromTheDayTheChildBecameLookedAfter()
    {
        var explanation = Explain("2026-12-02", []);

        Assert.Equal(
            ("CPPCR 2010 reg 33(1)", D("2026-12-02"), "the day the child became looked after, 2 December 2026"),
            (explanation.Regulation, explanation.CountedFrom, explanation.CountedFromLabel));
    }

    [Fact]
    public void SecondReview_CountsFromTheFirstReview()
    {
        var explanation = Explain("2026-01-05", ["2026-01-15"]);

        Assert.Equal(
            ("Second review: within 3 months of the first review", "CPPCR 2010 reg 33(2)", D("2026-01-15"),
                "the first review, held on 15 January 2026"),
            (explanation.Rule, explanation.Regulation, explanation.CountedFrom, explanation.CountedFromLabel));
        Assert.Empty(explanation.SkippedDays);
    }

    [Fact]
    public void SecondReview_TextMentionsMonthEndClamping()
    {
        // §2.6 item 2: 30 November + 3 months = 28 February.
        var text = Explain("2026-11-02", ["2026-11-30"]).Text;

        Assert.Contains("30 November 2026", text, StringComparison.Ordinal);
        Assert.Contains("Sunday 28 February 2027", text, StringComparison.Ordinal);
        Assert.Contains("February 2027 has no 30th day", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondReview_WithoutClamping_DoesNotMentionIt() =>
        Assert.DoesNotContain("has no", Explain("2026-01-05", ["2026-01-15"]).Text, StringComparison.Ordinal);

    [Fact]
    public void SubsequentReview_TextNamesTheMostRecentReview()
    {
        var explanation = Explain("2026-01-05", ["2026-01-15", "2026-04-10"]);

        Assert.Equal("the most recent review (review 2), held on 10 April 2026", explanation.CountedFromLabel);
        Assert.Contains("CPPCR 2010 reg 33(2)", explanation.Text, StringComparison.Ordinal);
        Assert.Contains("Saturday 10 October 2026", explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortBreaks_CitesRegulation48()
    {
        var explanation = Explain("2026-11-30", [], shortBreaks: true);

        Assert.Equal(("CPPCR 2010 reg 48", "the start of the first short break, 30 November 2026"),
            (explanation.Regulation, explanation.CountedFromLabel));
        Assert.Contains("February 2027 has no 30th day", explanation.Text, StringComparison.Ordinal);
    }

    [Theory]
    // CPPCR 2010 reg 33(3)(a): the text names the trigger and the date the statutory rule would have given.
    [InlineData("CPPCR 2010 reg 33(3)(a)")]
    [InlineData("The IRO's request for an early review, raised on 10 February 2026")]
    [InlineData("Sunday 1 March 2026")]
    [InlineData("Monday 20 April 2026")]
    [InlineData("second review: within 3 months of the first review, CPPCR 2010 reg 33(2)")]
    public void EarlyReview_TextNamesTheTriggerAndTheStatutoryDate(string expected) =>
        Assert.Contains(expected,
            Explain("2026-01-05", ["2026-01-20"], false,
                new ReviewTriggerFact(ReviewTriggerType.IroRequest, D("2026-02-10"), D("2026-03-01"))).Text,
            StringComparison.Ordinal);

    [Fact]
    public void EarlyReview_CountsFromTheTrigger()
    {
        var explanation = Explain("2026-01-05", ["2026-01-20"], false,
            new ReviewTriggerFact(ReviewTriggerType.IroRequest, D("2026-02-10"), D("2026-03-01")));

        Assert.Equal((D("2026-02-10"), "the IRO's request for an early review, raised on 10 February 2026"),
            (explanation.CountedFrom, explanation.CountedFromLabel));
    }

    [Fact]
    public void Text_IsInEnglishWhateverTheCurrentCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            Assert.Contains("Friday 25 December 2026 (Christmas Day)", Explain("2026-12-02", []).Text,
                StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
