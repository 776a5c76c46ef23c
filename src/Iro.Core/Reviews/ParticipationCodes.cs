

namespace Iro.Core.Reviews;

public static class ParticipationCodes
{
    public static string Describe(ParticipationCode code) => code switch
    {
        ParticipationCode.PN0 => "Child aged under 4 at the time of the review",
        ParticipationCode.PN1 => "Child attended and spoke for themselves",
        ParticipationCode.PN2 => "Child attended and an advocate or the IRO spoke for them",
        ParticipationCode.PN3 => "Child attended and conveyed their views non-verbally",
        ParticipationCode.PN4 => "Child attended but did not contribute",
        ParticipationCode.PN5 => "Child did not attend but briefed an advocate or the IRO",
        ParticipationCode.PN6 => "Child did not attend but conveyed their views another way",
        ParticipationCode.PN7 => "Child did not attend and their views were not conveyed",
        _ => code.ToString(),
    };

    /// <summary>PN0 is for a child under 4 on the review date, and only then (903 REVIEW_CODE).</summary>
    public static string? CheckAgainstAge(ParticipationCode code, int ageOnReviewDate) =>
        (code, ageOnReviewDate < 4) switch
        {
            (ParticipationCode.PN0, false) => "PN0 is only for a child under 4 on the review date",
            (not ParticipationCode.PN0, true) => "A child under 4 on the review date must have code PN0",
            _ => null,
        };
}

public static class ReviewKinds
{
    /// <summary>How a review is named on a page: the first and second reviews have their own time limits
    /// (CPPCR 2010 reg 33(1) and (2)); every later one is simply a review.</summary>
    public static string Describe(ReviewKind kind) => kind switch
    {
        ReviewKind.First => "First review",
        ReviewKind.Second => "Second review",
        _ => "Review",
    };
}
