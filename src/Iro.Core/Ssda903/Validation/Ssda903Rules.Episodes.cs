namespace Iro.Core.Ssda903;

internal static partial class Ssda903Rules
{
    private static readonly int P2CutOff = new DateOnly(2023, 10, 28).DayNumber;

    private static bool IsTemporary(string place) => place is "T0" or "T1" or "T2" or "T3" or "T4";

    private static bool IsRespite(string ls) => ls is "V3" or "V4";

    /// <summary>143, 144, 145, 146, 149, 1009: the field, when given, is in the year's list. Blank passes
    /// (other rules deal with missing values), as in the public validator.</summary>
    private static void CodeCheck(RuleContext c, string[] column, CodeSet set)
    {
        var x = c.X;
        var codes = c.Codes(set);
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            var value = column[i];
            if (!IsBlank(value) && !codes.ContainsKey(value))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>178: PLACE_PROVIDER, when given, is PR0–PR5 and the placement is not one that has no provider
    /// (§5.7; the list changes in 2025-26). Blank passes.</summary>
    private static void Check178(RuleContext c)
    {
        var x = c.X;
        var providers = c.Codes(CodeSet.PlaceProvider);
        var withoutProvider = c.Codes(CodeSet.PlaceWithoutProvider);
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            var provider = x.EProvider[i];
            if (!IsBlank(provider)
                && (!providers.ContainsKey(provider) || withoutProvider.ContainsKey(x.EPlace[i])))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>217t (2023-24): P2 on an episode open after 28 Oct 2023 — DEC blank or later than 28/10/2023
    /// (ending on the 28th passes). An invalid DEC is skipped.</summary>
    private static void Check217t(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            var dec = x.Dec[i];
            if (x.EPlace[i] == "P2" && (dec == Ssda903Dates.Blank || dec > P2CutOff))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>230 (2023-24): H5 open after 28 Oct 2023 (DEC blank or on/after 29/10/2023) with no URN
    /// (blank or the placeholder XXXXXXX). Out-of-England placements (PL_LA starting N, W or S) are exempt;
    /// the DfE layout Iro reads has no PL_LA, so without that column every placement counts as English.</summary>
    private static void Check230(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            var dec = x.Dec[i];
            if (x.EPlace[i] != "H5" || !(dec == Ssda903Dates.Blank || dec > P2CutOff))
            {
                continue;
            }
            var urn = x.EUrn[i];
            if (!IsBlank(urn) && urn != "XXXXXXX")
            {
                continue;
            }
            var plLa = x.EPlLa[i];
            if (plLa.Length > 0 && char.ToUpperInvariant(plLa[0]) is 'N' or 'W' or 'S')
            {
                continue;
            }
            c.FailEpisode(i);
        }
    }

    /// <summary>225: an episode ending X1 with no REASON_PLACE_CHANGE, followed (in the child's DECOM order) by
    /// a placement change (RNE P, B, T or U), neither placement temporary.</summary>
    private static void Check225(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            var next = x.Next[i];
            if (next < 0 || x.ERec[i] != "X1" || !IsBlank(x.ERpc[i])
                || IsTemporary(x.EPlace[i]) || IsTemporary(x.EPlace[next]))
            {
                continue;
            }
            if (x.ERne[next] is "P" or "B" or "T" or "U")
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>226: a temporary placement (T0–T4) with REASON_PLACE_CHANGE on it or on the child's previous
    /// episode (in DECOM order).</summary>
    private static void Check226(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (!IsTemporary(x.EPlace[i]))
            {
                continue;
            }
            var previous = x.Previous[i];
            if (!IsBlank(x.ERpc[i]) || (previous >= 0 && !IsBlank(x.ERpc[previous])))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>233 (from 2025-26): REASON_PLACE_CHANGE on an episode with DEC blank. An invalid DEC is not
    /// blank and is skipped.</summary>
    private static void Check233(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Dec[i] == Ssda903Dates.Blank && !IsBlank(x.ERpc[i]))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>234 (from 2025-26): CUSTOD when the child was under 10 on the day the placement changed.
    /// REASON_PLACE_CHANGE sits on the episode that ended, so the day of change is that episode's DEC (the next
    /// episode's DECOM, as the DfE wording has it); under 10 means DEC earlier than DOB + 10 years, DOB from the
    /// Header. The public validator compares the same row's DECOM instead; Iro follows the DfE wording. Rows
    /// without a valid DEC or Header DOB are skipped.</summary>
    private static void Check234(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Dec[i] < 0 || x.ERpc[i] != "CUSTOD")
            {
                continue;
            }
            var dob = x.HeaderDobOf(x.EpisodeChild(i));
            if (dob >= 0 && x.Dec[i] < Ssda903Dates.AddYears(dob, 10))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>355: DEC is the same day as DECOM (both valid).</summary>
    private static void Check355(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Decom[i] >= 0 && x.Decom[i] == x.Dec[i])
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>357: the child's earliest episode by valid DECOM (ties: earliest row) has RNE other than S, when
    /// it starts on or after 1 April of the collection year.</summary>
    private static void Check357(RuleContext c)
    {
        var x = c.X;
        for (var g = 0; g < x.GroupCount; g++)
        {
            var first = x.GroupRows[x.GroupStart[g]];
            if (x.Decom[first] >= x.YearStart && x.ERne[first] != "S")
            {
                c.FailEpisode(first);
            }
        }
    }

    /// <summary>388, as the public validator reads it, over the child's episodes in DECOM order, rows with a
    /// valid DEC only: (1) REC X1 but the next episode does not start on DEC; (2) the next episode starts on
    /// DEC but REC is given and is not X1; (3) the child's last episode has ended with REC X1.</summary>
    private static void Check388(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            var dec = x.Dec[i];
            if (dec < 0 || x.Decom[i] < 0)
            {
                continue;
            }
            var rec = x.ERec[i];
            var next = x.Next[i];
            var fails = next < 0
                ? rec == "X1"
                : rec == "X1" ? x.Decom[next] != dec : !IsBlank(rec) && x.Decom[next] == dec;
            if (fails)
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>361, 362, 363: a run of back-to-back episodes with legal status <paramref name="ls"/> (each
    /// starting on the DEC of the one before, in the child's DECOM order) lasted more than
    /// <paramref name="maxDays"/> days from its first DECOM to its last DEC; an open episode runs to 31 March.
    /// Every row of the run is flagged. Dates carry no time, so 361's 72 hours is 3 days. A row whose DEC is
    /// not a valid date breaks the run and is skipped.</summary>
    private static void CheckDuration(RuleContext c, string ls, int maxDays)
    {
        var x = c.X;
        for (var g = 0; g < x.GroupCount; g++)
        {
            var end = x.GroupStart[g + 1];
            var k = x.GroupStart[g];
            while (k < end)
            {
                var row = x.GroupRows[k];
                if (x.Decom[row] < 0)
                {
                    break;
                }
                if (x.ELs[row] != ls || x.Dec[row] == Ssda903Dates.Invalid)
                {
                    k++;
                    continue;
                }
                var runStart = k;
                var lastDec = EndOrYearEnd(x, row);
                k++;
                while (k < end)
                {
                    var nextRow = x.GroupRows[k];
                    var previousRow = x.GroupRows[k - 1];
                    if (x.Decom[nextRow] < 0 || x.ELs[nextRow] != ls
                        || x.Dec[nextRow] == Ssda903Dates.Invalid || x.Dec[previousRow] != x.Decom[nextRow])
                    {
                        break;
                    }
                    lastDec = Math.Max(lastDec, EndOrYearEnd(x, nextRow));
                    k++;
                }
                if (lastDec - x.Decom[x.GroupRows[runStart]] > maxDays)
                {
                    for (var r = runStart; r < k; r++)
                    {
                        c.FailEpisode(x.GroupRows[r]);
                    }
                }
            }
        }
    }

    private static int EndOrYearEnd(Ssda903ReturnIndex x, int row) => x.Dec[row] >= 0 ? x.Dec[row] : x.YearEnd;

    /// <summary>365: a V3 episode whose DEC is more than 17 days after DECOM (both valid; open V3 episodes are
    /// left to 367).</summary>
    private static void Check365(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Decom[i] >= 0 && x.Dec[i] >= 0 && x.Dec[i] - x.Decom[i] > 17 && x.ELs[i] == "V3")
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>367: per child, the V3 days within the collection year: each episode from max(DECOM, 1 April) to
    /// min(DEC, 31 March), an open episode to 31 March, counted as DEC minus DECOM days; only episodes with a
    /// positive count take part. A total above 75 flags each of them. Rows with an invalid DECOM or DEC are
    /// skipped.</summary>
    private static void Check367(RuleContext c)
    {
        var x = c.X;
        for (var g = 0; g < x.GroupCount; g++)
        {
            var total = 0;
            for (var k = x.GroupStart[g]; k < x.GroupStart[g + 1]; k++)
            {
                total += RespiteDays(x, x.GroupRows[k]);
            }
            if (total <= 75)
            {
                continue;
            }
            for (var k = x.GroupStart[g]; k < x.GroupStart[g + 1]; k++)
            {
                var row = x.GroupRows[k];
                if (RespiteDays(x, row) > 0)
                {
                    c.FailEpisode(row);
                }
            }
        }
    }

    private static int RespiteDays(Ssda903ReturnIndex x, int row)
    {
        if (x.Decom[row] < 0 || x.Dec[row] == Ssda903Dates.Invalid || x.ELs[row] != "V3")
        {
            return 0;
        }
        var start = Math.Max(x.Decom[row], x.YearStart);
        var end = x.Dec[row] == Ssda903Dates.Blank ? x.YearEnd : Math.Min(x.Dec[row], x.YearEnd);
        return Math.Max(0, end - start);
    }

    /// <summary>382, 384: an episode whose legal status is V3 or V4 and whose PLACE is one of
    /// <paramref name="places"/>.</summary>
    private static void CheckRespitePlace(RuleContext c, params string[] places)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (IsRespite(x.ELs[i]) && Array.IndexOf(places, x.EPlace[i]) >= 0)
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>426: the child has at least one V3 and at least one V4 episode; all of them are flagged.</summary>
    private static void Check426(RuleContext c)
    {
        var x = c.X;
        var v3 = new bool[x.GroupCount];
        var v4 = new bool[x.GroupCount];
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            var ls = x.ELs[i];
            if (ls == "V3")
            {
                v3[x.EpisodeGroup[i]] = true;
            }
            else if (ls == "V4")
            {
                v4[x.EpisodeGroup[i]] = true;
            }
        }
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            var g = x.EpisodeGroup[i];
            if (v3[g] && v4[g] && IsRespite(x.ELs[i]))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>141: DECOM given but not a valid dd/mm/yyyy date (blank passes, as in the public validator).</summary>
    private static void Check141(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Decom[i] == Ssda903Dates.Invalid)
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>147: DEC given but not a valid dd/mm/yyyy date (blank is an open episode).</summary>
    private static void Check147(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Dec[i] == Ssda903Dates.Invalid)
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>148: DEC given (valid or not) with REC blank, or DEC blank with REC given.</summary>
    private static void Check148(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if ((x.Dec[i] == Ssda903Dates.Blank) != IsBlank(x.ERec[i]))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>354: DECOM after 31 March of the collection year (the rule's field is DECOM, whatever its
    /// message says).</summary>
    private static void Check354(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Decom[i] > x.YearEnd)
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>142: an episode with a later one in the child's DECOM order whose DEC is blank or whose REC is
    /// blank. An invalid DEC is 147's.</summary>
    private static void Check142(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Next[i] >= 0 && (x.Dec[i] == Ssda903Dates.Blank || (x.Dec[i] >= 0 && IsBlank(x.ERec[i]))))
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>431: RNE S on an episode starting on the previous episode's DEC (in the child's DECOM order).
    /// </summary>
    private static void Check431(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            var previous = x.Previous[i];
            if (previous >= 0 && x.ERne[i] == "S" && x.Dec[previous] == x.Decom[i])
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>433: RNE P, L, T, U or B on an episode that does not start on the previous episode's DEC (in the
    /// child's DECOM order), or whose previous episode is open. A previous DEC that is not a valid date is
    /// skipped.</summary>
    private static void Check433(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            var previous = x.Previous[i];
            if (previous >= 0 && x.Dec[previous] != Ssda903Dates.Invalid && x.Dec[previous] != x.Decom[i]
                && x.ERne[i] is "P" or "L" or "T" or "U" or "B")
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>356: DEC earlier than DECOM (both valid).</summary>
    private static void Check356(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Dec[i] >= 0 && x.Decom[i] >= 0 && x.Dec[i] < x.Decom[i])
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>385: DEC after 31 March of the collection year.</summary>
    private static void Check385(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.Dec[i] > x.YearEnd)
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>501: in the child's DECOM order, DECOM earlier than the previous episode's valid DEC (the
    /// public validator compares each episode with the one before it in the same order). An open previous
    /// episode is not this rule's.</summary>
    private static void Check501(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            var previous = x.Previous[i];
            if (previous >= 0 && x.Dec[previous] >= 0 && x.Decom[i] < x.Dec[previous])
            {
                c.FailEpisode(i);
            }
        }
    }

    /// <summary>302: the child's earliest episode by valid DECOM starts before the valid Header DOB; flags that
    /// episode and the Header row, as the public validator does.</summary>
    private static void Check302(RuleContext c)
    {
        var x = c.X;
        for (var g = 0; g < x.GroupCount; g++)
        {
            var first = x.GroupRows[x.GroupStart[g]];
            var header = x.GroupHeaderRow[g];
            if (header >= 0 && x.Decom[first] >= 0 && x.HeaderDob[header] >= 0 && x.Decom[first] < x.HeaderDob[header])
            {
                c.FailEpisode(first);
                c.Fail(Ssda903Table.Header, x.HChild[header], header);
            }
        }
    }

    /// <summary>INT03: an Episodes CHILD absent from the Header (only when a Header table was sent).</summary>
    private static void CheckInt03(RuleContext c)
    {
        var x = c.X;
        if (!x.Header.Present)
        {
            return;
        }
        for (var i = 0; i < x.Episodes.Count; i++)
        {
            if (x.GroupHeaderRow[x.EpisodeGroup[i]] < 0)
            {
                c.FailEpisode(i);
            }
        }
    }
}
