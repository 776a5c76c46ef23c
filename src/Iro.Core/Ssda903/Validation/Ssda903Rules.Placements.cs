namespace Iro.Core.Ssda903;

/// <summary>Episodes rules on ages at placement, legal status or leaving care, on temporary placements, on legal
/// status by date, and on which providers may run which placements (ssda903.md §6.2).</summary>
internal static partial class Ssda903Rules
{
    private static readonly int D1LastStart = new DateOnly(2005, 12, 31).DayNumber;
    private static readonly int E1FirstStart = new DateOnly(2005, 12, 1).DayNumber;
    private static readonly int EarliestEpisodeStart = new DateOnly(1991, 10, 14).DayNumber;

    /// <summary>372, 373, 374: an episode in placement <paramref name="place"/> that starts (DECOM) before the
    /// child's <paramref name="years"/>th birthday (Header DOB). The DfE wording is about the child's age when
    /// placed, so open episodes count too; the public validator leaves them out. Rows without a valid DECOM or
    /// Header DOB are skipped.</summary>
    private static void CheckPlacedUnder(RuleContext c, string place, int years)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Decom[i] < 0 || x.EPlace[i] != place)
            {
                continue;
            }
            var dob = x.EpisodeDob(i);
            if (dob >= 0 && !Ssda903Dates.IsAtLeast(x.Decom[i], dob, years))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>375, 376, 379: an episode in temporary placement <paramref name="place"/> whose DEC is more than
    /// <paramref name="maxDays"/> days after its DECOM (both valid; an open episode is not checked, as in the
    /// public validator).</summary>
    private static void CheckTemporaryLongerThan(RuleContext c, string place, int maxDays)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Decom[i] >= 0 && x.Dec[i] >= 0 && x.Dec[i] - x.Decom[i] > maxDays && x.EPlace[i] == place)
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>386, 387, 389, 407, 460: an episode ending (valid DEC) with a REC that <paramref name="rec"/>
    /// accepts when the child (Header DOB) was <paramref name="years"/> or over on that day
    /// (<paramref name="failsAtOrOver"/>) or under it. <paramref name="birthdayFails"/> says which side the birthday
    /// itself falls on when over.</summary>
    private static void CheckAgeAtEnd(RuleContext c, Func<string, bool> rec, int years, bool failsAtOrOver, bool birthdayFails = true)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Dec[i] < 0 || !rec(x.ERec[i]))
            {
                continue;
            }
            var dob = x.EpisodeDob(i);
            if (dob < 0)
            {
                continue;
            }
            var fails = failsAtOrOver
                ? (birthdayFails ? Ssda903Dates.IsAtLeast(x.Dec[i], dob, years) : Ssda903Dates.IsAtLeast(x.Dec[i] - 1, dob, years))
                : !Ssda903Dates.IsAtLeast(x.Dec[i], dob, years);
            if (fails)
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>352: RNE S (the child started to be looked after) on or after the child's 18th birthday (Header
    /// DOB); starting on the birthday fails.</summary>
    private static void Check352(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Decom[i] < 0 || x.ERne[i] != "S")
            {
                continue;
            }
            var dob = x.EpisodeDob(i);
            if (dob >= 0 && Ssda903Dates.IsAtLeast(x.Decom[i], dob, 18))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>353: a valid DECOM before 14 October 1991 (when the Children Act 1989 came into force).</summary>
    private static void Check353(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Decom[i] >= 0 && x.Decom[i] < EarliestEpisodeStart)
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>358: legal status J1, J2 or J3 on an episode starting before the child's 10th birthday (Header
    /// DOB). Following the DfE wording ("should not be under 10"), starting on the 10th birthday passes; the public
    /// validator also flags that day.</summary>
    private static void Check358(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Decom[i] < 0 || x.ELs[i] is not ("J1" or "J2" or "J3"))
            {
                continue;
            }
            var dob = x.EpisodeDob(i);
            if (dob >= 0 && !Ssda903Dates.IsAtLeast(x.Decom[i], dob, 10))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>366: a V3 (short break) episode whose RNE is not S, blank included, as in the public validator:
    /// each short break is a period of care of its own.</summary>
    private static void Check366(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.ELs[i] == "V3" && x.ERne[i] != "S")
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>378: placed with parents (P1) under a single period of accommodation (V2).</summary>
    private static void Check378(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.EPlace[i] == "P1" && x.ELs[i] == "V2")
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>380: a temporary placement (T0–T4) whose RNE is not P or B (a change of placement), blank
    /// included, as in the public validator.</summary>
    private static void Check380(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (IsTemporary(x.EPlace[i]) && x.ERne[i] is not ("P" or "B"))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>381: a temporary placement (T0–T4) ending with a REC other than X1 (a blank REC passes).</summary>
    private static void Check381(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (IsTemporary(x.EPlace[i]) && !IsBlank(x.ERec[i]) && x.ERec[i] != "X1")
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>408: placed for adoption with a placement order (A5, A6) but LS is not E1, blank included.</summary>
    private static void Check408(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.EPlace[i] is "A5" or "A6" && x.ELs[i] != "E1")
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>437: REC E2 (died) or E15 (an age assessment found the person to be 18 or over) on an episode
    /// followed by a later episode of the child, in DECOM order.</summary>
    private static void Check437(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Next[i] >= 0 && x.ERec[i] is "E2" or "E15")
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>445: LS D1 (freeing order) on an episode starting after 31 December 2005; 446: LS E1 (placement
    /// order) on an episode starting before 1 December 2005.</summary>
    private static void Check445(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Decom[i] > D1LastStart && x.ELs[i] == "D1")
            {
                c.FailEpisode(i);
            }
        }
    }

    private static void Check446(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Decom[i] >= 0 && x.Decom[i] < E1FirstStart && x.ELs[i] == "E1")
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>526: PLACE given and not a placement without a provider (the year's list, as rule 178), but
    /// PLACE_PROVIDER blank. The public validator also flags a blank PLACE; Iro leaves a blank PLACE alone, as
    /// the other PLACE rules do.</summary>
    private static void Check526(RuleContext c)
    {
        var x = c.X;
        var withoutProvider = c.Codes(CodeSet.PlaceWithoutProvider);
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (IsBlank(x.EProvider[i]) && !IsBlank(x.EPlace[i]) && !withoutProvider.ContainsKey(x.EPlace[i]))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>527, 528, 529, 530, 531: PLACE_PROVIDER <paramref name="provider"/> on a placement that
    /// <paramref name="place"/> accepts.</summary>
    private static void CheckProviderPlace(RuleContext c, string provider, Func<string, bool> place)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.EProvider[i] == provider && place(x.EPlace[i]))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>550: PLACE_PROVIDER PR0 (the child's parents, as the provider) on a placement other than P1
    /// (placed with parents), blank included.</summary>
    private static void Check550(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.EProvider[i] == "PR0" && x.EPlace[i] != "P1")
            {
                c.FailEpisode(i);
            }
        }
    }

    private static readonly int AdoptionWithFosterCarersFrom = new DateOnly(2015, 4, 1).DayNumber;

    /// <summary>432: the child's previous episode (in DECOM order) ended with a REC other than X1, so care ended,
    /// but this episode's RNE is not S (blank included, as in the public validator).</summary>
    private static void Check432(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            var previous = x.Previous[i];
            if (previous >= 0 && x.ERne[i] != "S" && !IsBlank(x.ERec[previous]) && x.ERec[previous] != "X1")
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>504: an episode continuing the previous one (previous REC X1 and DEC the same day as this DECOM)
    /// with a different CIN, compared as sent.</summary>
    private static void Check504(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            var previous = x.Previous[i];
            if (previous >= 0 && x.Dec[previous] == x.Decom[i] && x.ERec[previous] == "X1"
                && x.ECin[i] != x.ECin[previous])
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>516: REC E45 or E46 (special guardianship to former foster carers) on a placement other than
    /// U1–U6 (foster placements), blank included.</summary>
    private static void Check516(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.ERec[i] is "E45" or "E46" && x.EPlace[i] is not ("U1" or "U2" or "U3" or "U4" or "U5" or "U6"))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>390: REC E11 or E12 (adopted) on a placement other than A3–A6 (placed for adoption), blank
    /// included.</summary>
    private static void Check390(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.ERec[i] is "E11" or "E12" && x.EPlace[i] is not ("A3" or "A4" or "A5" or "A6"))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>217: PLACE A3 or A5 (placed for adoption with current foster carers) on an episode starting on or
    /// after 1 April 2015, with an RNE other than S, T or U (blank included).</summary>
    private static void Check217(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Decom[i] >= AdoptionWithFosterCarersFrom && x.EPlace[i] is "A3" or "A5"
                && x.ERne[i] is not ("S" or "T" or "U"))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>359: an open episode (DEC blank) of a child whose 18th birthday (Header DOB) is before 31 March
    /// of the collection year, unless it is V2 in K2 (accommodated under section 20(5) in a children's home).
    /// </summary>
    private static void Check359(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Dec[i] != Ssda903Dates.Blank || (x.ELs[i] == "V2" && x.EPlace[i] == "K2"))
            {
                continue;
            }
            var dob = x.EpisodeDob(i);
            if (dob >= 0 && Ssda903Dates.IsAtLeast(x.YearEnd - 1, dob, 18))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>377: more than two T3 episodes of the child starting within 12 months of each other (DECOM to
    /// DECOM, in the child's DECOM order); every T3 episode of such a 12 months is flagged once. The public
    /// validator counts every T3 episode in the return, however far apart; Iro follows the DfE wording.</summary>
    private static void Check377(RuleContext c)
    {
        var x = c.X;
        for (var g = 0; g < x.GroupCount; g++)
        {
            var end = x.GroupStart[g + 1];
            var flaggedTo = x.GroupStart[g];
            for (var k = x.GroupStart[g]; k < end; k++)
            {
                var row = x.GroupRows[k];
                if (x.Decom[row] < 0)
                {
                    break;
                }
                if (x.EPlace[row] != "T3")
                {
                    continue;
                }
                var windowEnd = Ssda903Dates.AddYears(x.Decom[row], 1);
                var count = 0;
                var last = k;
                for (var m = k; m < end && x.Decom[x.GroupRows[m]] >= 0 && x.Decom[x.GroupRows[m]] < windowEnd; m++)
                {
                    if (x.EPlace[x.GroupRows[m]] == "T3")
                    {
                        count++;
                        last = m;
                    }
                }
                if (count <= 2)
                {
                    continue;
                }
                for (var m = Math.Max(k, flaggedTo); m <= last; m++)
                {
                    if (x.EPlace[x.GroupRows[m]] == "T3")
                    {
                        c.FailEpisode(x.GroupRows[m]);
                    }
                }
                flaggedTo = last + 1;
            }
        }
    }

    /// <summary>Whether an episode is in the same placement as the one before it: PLACE, PL_POST, URN and
    /// PLACE_PROVIDER all as sent (434, 435, 436).</summary>
    private static bool SamePlacement(Ssda903ReturnIndex x, int row, int previous) =>
        string.Equals(x.EPlace[row], x.EPlace[previous], StringComparison.Ordinal)
        && string.Equals(x.EProvider[row], x.EProvider[previous], StringComparison.Ordinal)
        && string.Equals(x.EPlPost[row], x.EPlPost[previous], StringComparison.Ordinal)
        && string.Equals(x.EUrn[row], x.EUrn[previous], StringComparison.Ordinal);

    /// <summary>434, 435, 436: an episode whose RNE is one of those <paramref name="rne"/> accepts must differ from
    /// the child's episode before it (in DECOM order) in legal status when <paramref name="lsChanges"/>, and not
    /// otherwise; and in placement (PLACE, PL_POST, URN or PLACE_PROVIDER) when
    /// <paramref name="placementChanges"/>, and not otherwise.</summary>
    private static void CheckWhatChanged(RuleContext c, Func<string, bool> rne, bool lsChanges, bool placementChanges)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            var previous = x.Previous[i];
            if (previous < 0 || !rne(x.ERne[i]))
            {
                continue;
            }
            var lsChanged = !string.Equals(x.ELs[i], x.ELs[previous], StringComparison.Ordinal);
            if (lsChanged != lsChanges || !SamePlacement(x, i, previous) != placementChanges)
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>451: an open episode (DEC and REC blank) with legal status D1 (freeing order).</summary>
    private static void Check451(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Dec[i] == Ssda903Dates.Blank && x.ELs[i] == "D1" && IsBlank(x.ERec[i]))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>214: PL_POST or URN given on a V3 or V4 (short breaks) episode.</summary>
    private static void Check214(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (IsRespite(x.ELs[i]) && (!IsBlank(x.EPlPost[i]) || !IsBlank(x.EUrn[i])))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>336: PLACE A3 or A5 (placed for adoption with the current foster carers) on an episode whose
    /// previous episode (in DECOM order) is not a foster or adoption placement (U1–U6, A3–A6). The child's first
    /// episode is not checked. The DfE wording names A3 and A5; the public validator's code checks A3 and A4.
    /// </summary>
    private static void Check336(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            var previous = x.Previous[i];
            if (previous >= 0 && x.EPlace[i] is "A3" or "A5"
                && x.EPlace[previous] is not ("U1" or "U2" or "U3" or "U4" or "U5" or "U6" or "A3" or "A4" or "A5" or "A6"))
            {
                c.FailEpisode(i);
            }
        }
    }
}
