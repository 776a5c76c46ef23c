using Iro.Core.Ssda903;
using static Iro.Core.Tests.Ssda903.Validation.Failures;

namespace Iro.Core.Tests.Ssda903.Validation;

/// <summary>ssda903.md §6.1: the review rules Iro runs before submission.</summary>
public class ReviewRuleTests
{
    private const Ssda903Table Reviews = Ssda903Table.Reviews;

    private static ReturnBuilder WithEpisode() => ReturnBuilder.For(2025).Header("C1").Episode("C1", "01/05/2025");

    private static void Check(ReturnBuilder data, string rule, bool fails, int row = 1, string child = "C1")
    {
        if (fails)
        {
            AssertOnly(data, rule, (child, Reviews, row));
        }
        else
        {
            AssertNone(data, rule);
        }
    }

    [Theory]
    [InlineData("30/04/2025", false)]
    [InlineData("31/04/2025", true)]
    [InlineData("2025-04-30", true)]
    [InlineData("", true)]
    public void Rule166_ReviewDateMustBeValid(string review, bool fails) =>
        Check(WithEpisode().Review("C1", "01/04/2025", "PN1").Review("C1", review, "PN1"), "166", fails, row: 2);

    [Theory]
    [InlineData("01/06/2025", "PN1", false)]
    [InlineData("01/06/2025", "PN7", false)]
    [InlineData("01/06/2025", "PN8", true)]
    [InlineData("01/06/2025", "pn1", true)]
    [InlineData("01/06/2025", "", true)]
    [InlineData("", "", false)]
    [InlineData("", "PN1", true)]
    public void Rule167_ParticipationCodeWithReview(string review, string code, bool fails) =>
        Check(WithEpisode().Review("C1", review, code), "167", fails);

    [Theory]
    // 440: PN0 when REVIEW > DOB + 4 years; 441: PN1–PN7 when REVIEW < DOB + 4 years; the birthday passes both.
    [InlineData("14/06/2025", "PN0", null)]
    [InlineData("15/06/2025", "PN0", null)]
    [InlineData("16/06/2025", "PN0", "440")]
    [InlineData("14/06/2025", "PN1", "441")]
    [InlineData("14/06/2025", "PN7", "441")]
    [InlineData("15/06/2025", "PN1", null)]
    [InlineData("16/06/2025", "PN4", null)]
    public void Rules440And441_AgeFourOnTheReviewDate(string review, string code, string? failing)
    {
        var data = ReturnBuilder.For(2025).Header("C1", ("DOB", "15/06/2021")).Episode("C1", "01/05/2025")
            .Review("C1", review, code, ("DOB", "15/06/2021"));
        Check(data, "440", failing == "440");
        Check(data, "441", failing == "441");
    }

    [Fact]
    public void Rules440And441_LeapDayBirthday_FourthBirthdayIs29February()
    {
        var data = ReturnBuilder.For(2023).Header("C1", ("DOB", "29/02/2020")).Episode("C1", "01/05/2023")
            .Review("C1", "29/02/2024", "PN0", ("DOB", "29/02/2020"))
            .Review("C1", "29/02/2024", "PN1", ("DOB", "29/02/2020"))
            .Review("C1", "28/02/2024", "PN1", ("DOB", "29/02/2020"));
        Check(data, "440", false);
        Check(data, "441", true, row: 3);
    }

    [Fact]
    public void InvalidReviewDate_FailsOnly166()
    {
        var data = ReturnBuilder.For(2025).Header("C1", ("DOB", "15/06/2021")).Episode("C1", "01/05/2025")
            .Review("C1", "32/06/2025", "PN0", ("DOB", "15/06/2021"));
        Assert.Equal(["166"], Ssda903Validator.Validate(data.Build()).Select(f => f.Rule));
    }

    [Fact]
    public void Rule399_ShortBreaksOnlyChildWithReviewOrMother_FailsHeaderEpisodesAndReviews()
    {
        var data = ReturnBuilder.For(2025)
            .Header("C0").Episode("C0", "01/05/2025")
            .Header("C1", ("MOTHER", "0"))
            .Episode("C1", "01/05/2025", ("LS", "V3"), ("DEC", "03/05/2025"), ("REC", "E4A"))
            .Episode("C1", "01/06/2025", ("LS", "V3"), ("DEC", "03/06/2025"), ("REC", "E4A"))
            .Review("C1", "02/05/2025", "PN1");

        AssertOnly(data, "399",
            ("C1", Ssda903Table.Header, 2),
            ("C1", Ssda903Table.Episodes, 2),
            ("C1", Ssda903Table.Episodes, 3),
            ("C1", Reviews, 1));
    }

    [Fact]
    public void Rule399_ChildWithAnyOtherLegalStatus_Passes()
    {
        var data = ReturnBuilder.For(2025)
            .Header("C1", ("MOTHER", "0"))
            .Episode("C1", "01/05/2025", ("LS", "V3"), ("DEC", "03/05/2025"), ("REC", "E4A"))
            .Episode("C1", "01/06/2025", ("LS", "V2"))
            .Review("C1", "02/07/2025", "PN1");
        AssertNone(data, "399");
        // Short breaks only, but nothing reported that should not be.
        AssertNone(ReturnBuilder.For(2025).Header("C1").Episode("C1", "01/05/2025", ("LS", "V4")), "399");
    }

    [Fact]
    public void RuleINT08_ReviewForAChildNotInTheHeader()
    {
        Check(WithEpisode().Review("C1", "01/06/2025", "PN1").Review("C9", "01/06/2025", "PN1"), "INT08", true, row: 2, child: "C9");
        Check(WithEpisode().Review("C1", "01/06/2025", "PN1"), "INT08", false);
    }

    [Theory]
    [InlineData("01/01/2015", false)]
    [InlineData("02/01/2015", true)]
    public void RuleINT17_ReviewDobDiffersFromHeader(string reviewDob, bool fails) =>
        Check(WithEpisode().Review("C1", "01/06/2025", "PN1", ("DOB", reviewDob)), "INT17", fails);
}
