namespace Iro.Core.Ssda903;

internal static partial class Ssda903Rules
{
    private static void FailReview(RuleContext c, int row) => c.Fail(Ssda903Table.Reviews, c.X.RChild[row], row);

    /// <summary>166: REVIEW blank or not a valid dd/mm/yyyy date.</summary>
    private static void Check166(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Reviews.Count; i++)
        {
            if (x.ReviewDate[i] < 0)
            {
                FailReview(c, i);
            }
        }
    }

    /// <summary>167: REVIEW given (valid or not) but REVIEW_CODE not PN0–PN7; or REVIEW blank but REVIEW_CODE
    /// given.</summary>
    private static void Check167(RuleContext c)
    {
        var x = c.X;
        var codes = c.Codes(CodeSet.ReviewCode);
        for (var i = 0; i < x.Reviews.Count; i++)
        {
            var code = x.RCode[i];
            var fails = x.ReviewDate[i] == Ssda903Dates.Blank ? !IsBlank(code) : !codes.ContainsKey(code);
            if (fails)
            {
                FailReview(c, i);
            }
        }
    }

    /// <summary>The DOB to age the child by on a review row: the row's own DOB (the public validator uses the
    /// Reviews DOB); the Header's only when the Reviews table has no DOB column. Negative when unusable.</summary>
    private static int ReviewDobOf(Ssda903ReturnIndex x, int row) =>
        x.RDobColumn >= 0 ? x.ReviewDob[row] : x.ReviewHeaderRow[row] >= 0 ? x.HeaderDob[x.ReviewHeaderRow[row]] : Ssda903Dates.Blank;

    /// <summary>440: PN0 and REVIEW &gt; DOB + 4 years (strictly: on the 4th birthday PN0 passes). A 29 February
    /// birthday's 4th anniversary is 29 February (four years on is always a leap year, bar 2100).</summary>
    private static void Check440(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Reviews.Count; i++)
        {
            var review = x.ReviewDate[i];
            var dob = ReviewDobOf(x, i);
            if (review >= 0 && dob >= 0 && x.RCode[i] == "PN0" && review > Ssda903Dates.AddYears(dob, 4))
            {
                FailReview(c, i);
            }
        }
    }

    /// <summary>441: PN1–PN7 and REVIEW &lt; DOB + 4 years (strictly: on the 4th birthday PN1–PN7 pass).</summary>
    private static void Check441(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Reviews.Count; i++)
        {
            var review = x.ReviewDate[i];
            var dob = ReviewDobOf(x, i);
            if (review >= 0 && dob >= 0
                && x.RCode[i] is "PN1" or "PN2" or "PN3" or "PN4" or "PN5" or "PN6" or "PN7"
                && review < Ssda903Dates.AddYears(dob, 4))
            {
                FailReview(c, i);
            }
        }
    }

    /// <summary>399: a child whose episodes (at least one) are all V3/V4 has MOTHER in the Header or a review row
    /// with REVIEW or REVIEW_CODE given. Flags the Header row when MOTHER is given, each review row with
    /// content, and, as the public validator does, every episode of the child.</summary>
    private static void Check399(RuleContext c)
    {
        var x = c.X;
        var onlyRespite = new bool[x.GroupCount];
        Array.Fill(onlyRespite, true);
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (!IsRespite(x.ELs[i]))
            {
                onlyRespite[x.EpisodeGroup[i]] = false;
            }
        }
        var flagged = new bool[x.GroupCount];
        for (var i = 0; i < x.Header.Count; i++)
        {
            var child = x.HChild[i];
            if (!IsBlank(x.HMother[i]) && x.GroupByChild.TryGetValue(child, out var g) && onlyRespite[g])
            {
                flagged[g] = true;
                c.Fail(Ssda903Table.Header, child, i);
            }
        }
        for (var i = 0; i < x.Reviews.Count; i++)
        {
            if (IsBlank(x.RReview[i]) && IsBlank(x.RCode[i]))
            {
                continue;
            }
            var g = x.ReviewGroup[i];
            if (g >= 0 && onlyRespite[g])
            {
                flagged[g] = true;
                FailReview(c, i);
            }
        }
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (flagged[x.EpisodeGroup[i]])
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>INT08: a Reviews CHILD absent from the Header (only when a Header table was sent).</summary>
    private static void CheckInt08(RuleContext c)
    {
        var x = c.X;
        if (!x.Header.Present)
        {
            return;
        }
        for (var i = 0; i < x.Reviews.Count; i++)
        {
            if (x.ReviewHeaderRow[i] < 0)
            {
                FailReview(c, i);
            }
        }
    }

    /// <summary>INT17: the Reviews DOB differs, as text, from the child's Header DOB (children not in the Header
    /// are INT08's).</summary>
    private static void CheckInt17(RuleContext c)
    {
        var x = c.X;
        if (x.RDobColumn < 0)
        {
            return;
        }
        for (var i = 0; i < x.Reviews.Count; i++)
        {
            if (x.ReviewHeaderRow[i] >= 0 && !x.ReviewDobMatchesHeader[i])
            {
                FailReview(c, i);
            }
        }
    }
}
