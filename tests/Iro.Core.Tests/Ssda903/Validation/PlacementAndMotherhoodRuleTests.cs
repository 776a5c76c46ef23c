using Iro.Core.Ssda903;
using static Iro.Core.Tests.Ssda903.Validation.Failures;

namespace Iro.Core.Tests.Ssda903.Validation;

/// <summary>ssda903.md §6.2: motherhood in the Header (MOTHER, MC_DOB), ages at placement, legal status and leaving
/// care, temporary placements, legal status by date, and placement/provider pairs. Each case names its edge day.</summary>
public class PlacementAndMotherhoodRuleTests
{
    private const Ssda903Table Header = Ssda903Table.Header;
    private const Ssda903Table Episodes = Ssda903Table.Episodes;

    private static void Check(ReturnBuilder data, string rule, bool fails, Ssda903Table table = Episodes, int row = 1)
    {
        if (fails)
        {
            AssertOnly(data, rule, ("C1", table, row));
        }
        else
        {
            AssertNone(data, rule);
        }
    }

    private static ReturnBuilder Child(int year, string dob) => ReturnBuilder.For(year).Header("C1", ("DOB", dob));

    [Theory]
    [InlineData("31/02/2020", true)]
    [InlineData("2020-02-01", true)]
    [InlineData("01/02/2020", false)]
    [InlineData("", false)]
    public void Rule171_MotherChildDobMustBeADate(string mcDob, bool fails) =>
        Check(ReturnBuilder.For(2025).Header("C1", ("SEX", "F"), ("MOTHER", "1"), ("MC_DOB", mcDob)), "171", fails, Header);

    [Theory]
    [InlineData(2025, "M", "01/02/2025", true)]
    [InlineData(2025, "F", "01/02/2025", false)]
    [InlineData(2025, "M", "", false)]
    [InlineData(2023, "1", "01/02/2023", true)]
    [InlineData(2023, "2", "01/02/2023", false)]
    public void Rule174_NoChildsDobForAMaleChild(int year, string sex, string mcDob, bool fails) =>
        Check(ReturnBuilder.For(year).Header("C1", ("SEX", sex), ("MC_DOB", mcDob)), "174", fails, Header);

    [Theory]
    [InlineData("1", "", true)]
    [InlineData("1", "01/02/2025", false)]
    [InlineData("0", "", false)]
    [InlineData("", "", false)]
    public void Rule611_AMotherNeedsHerChildsDob(string mother, string mcDob, bool fails) =>
        Check(ReturnBuilder.For(2025).Header("C1", ("SEX", "F"), ("MOTHER", mother), ("MC_DOB", mcDob)), "611", fails, Header);

    [Theory]
    [InlineData(2025, "F", "0", true)]
    [InlineData(2025, "F", "", true)]
    [InlineData(2025, "F", "1", false)]
    [InlineData(2025, "M", "0", false)]
    [InlineData(2023, "2", "0", true)]
    public void Rule612_ChildsDobOnlyForAMother(int year, string sex, string mother, bool fails) =>
        Check(ReturnBuilder.For(year).Header("C1", ("SEX", sex), ("MOTHER", mother), ("MC_DOB", "01/02/2020")), "612", fails, Header);

    [Theory]
    // 2025-26 starts 1 April 2025: 11 on that day passes, a day younger fails.
    [InlineData("1", "01/04/2014", false)]
    [InlineData("1", "02/04/2014", true)]
    [InlineData("0", "02/04/2014", false)]
    public void Rule620_AMotherIsAtLeast11AtTheStartOfTheYear(string mother, string dob, bool fails) =>
        Check(ReturnBuilder.For(2025).Header("C1", ("SEX", "F"), ("DOB", dob), ("MOTHER", mother)), "620", fails, Header);

    [Theory]
    [InlineData("31/12/2007", true)]
    [InlineData("01/01/2008", true)]
    [InlineData("02/01/2008", false)]
    [InlineData("", false)]
    public void Rule621_AMothersChildIsBornAfterHer(string mcDob, bool fails) =>
        Check(ReturnBuilder.For(2025).Header("C1", ("SEX", "F"), ("DOB", "01/01/2008"), ("MOTHER", "1"), ("MC_DOB", mcDob)), "621", fails, Header);

    [Theory]
    // 18th birthday 1 June 2025: starting care on it fails, the day before passes; only RNE S counts.
    [InlineData("S", "01/06/2025", true)]
    [InlineData("S", "31/05/2025", false)]
    [InlineData("P", "01/06/2025", false)]
    public void Rule352_StartingCareAt18OrOver(string rne, string decom, bool fails) =>
        Check(Child(2025, "01/06/2007").Episode("C1", decom, ("RNE", rne)), "352", fails);

    [Theory]
    [InlineData("13/10/1991", true)]
    [InlineData("14/10/1991", false)]
    public void Rule353_NoEpisodeBeforeTheChildrenAct(string decom, bool fails) =>
        Check(Child(2025, "01/01/1990").Episode("C1", decom), "353", fails);

    [Theory]
    // 10th birthday 1 June 2025.
    [InlineData("J1", "31/05/2025", true)]
    [InlineData("J3", "31/05/2025", true)]
    [InlineData("J2", "01/06/2025", false)]
    [InlineData("C2", "31/05/2025", false)]
    public void Rule358_RemandOrDetentionNotUnder10(string ls, string decom, bool fails) =>
        Check(Child(2025, "01/06/2015").Episode("C1", decom, ("LS", ls)), "358", fails);

    [Theory]
    // Placed the day before the birthday fails, on it passes, whether or not the episode has ended.
    [InlineData("372", "R5", 10, -1, true)]
    [InlineData("372", "R5", 10, 0, false)]
    [InlineData("373", "S1", 4, -1, true)]
    [InlineData("373", "S1", 4, 0, false)]
    [InlineData("374", "P3", 14, -1, true)]
    [InlineData("374", "P3", 14, 0, false)]
    [InlineData("374", "U4", 14, -1, false)]
    public void Rule372To374_MinimumAgeForAPlacement(string rule, string place, int years, int daysFromBirthday, bool fails)
    {
        var dob = new DateOnly(2025, 6, 1).AddYears(-years);
        var decom = new DateOnly(2025, 6, 1).AddDays(daysFromBirthday);
        Check(Child(2025, dob.ToString("dd/MM/yyyy")).Episode("C1", decom.ToString("dd/MM/yyyy"), ("PLACE", place)), rule, fails);
    }

    [Theory]
    // Ending on the last day allowed passes, a day later fails.
    [InlineData("375", "T1", 42, 1, true)]
    [InlineData("375", "T1", 42, 0, false)]
    [InlineData("376", "T3", 21, 1, true)]
    [InlineData("376", "T3", 21, 0, false)]
    [InlineData("379", "T4", 7, 1, true)]
    [InlineData("379", "T4", 7, 0, false)]
    [InlineData("379", "T1", 7, 1, false)]
    public void Rule375_376_379_TemporaryPlacementLimits(string rule, string place, int maxDays, int daysOver, bool fails)
    {
        var dec = new DateOnly(2025, 5, 1).AddDays(maxDays + daysOver).ToString("dd/MM/yyyy");
        Check(Child(2025, "01/01/2015").Episode("C1", "01/05/2025", ("RNE", "P"), ("PLACE", place), ("DEC", dec), ("REC", "X1")), rule, fails);
    }

    [Fact]
    public void Rule375_OpenTemporaryPlacement_IsNotChecked() =>
        Check(Child(2025, "01/01/2015").Episode("C1", "01/05/2024", ("RNE", "P"), ("PLACE", "T1")), "375", false);

    [Theory]
    // 386 and 407 at 18 (1 June 2025), 387 at 14, 389 at 16, 460 at 18; each side of the birthday.
    [InlineData("386", "E11", 18, 0, true)]
    [InlineData("386", "E12", 18, -1, false)]
    [InlineData("407", "E45", 18, 1, true)]
    [InlineData("407", "E48", 18, 0, false)]
    [InlineData("387", "E5", 14, -1, true)]
    [InlineData("387", "E6", 14, 0, false)]
    [InlineData("389", "E7", 16, -1, true)]
    [InlineData("389", "E7", 16, 0, false)]
    [InlineData("460", "E17", 18, -1, true)]
    [InlineData("460", "E17", 18, 0, false)]
    [InlineData("460", "E8", 18, -1, false)]
    public void Rule386To460_AgeWhenCareEnded(string rule, string rec, int years, int daysFromBirthday, bool fails)
    {
        var birthday = new DateOnly(2025, 6, 1);
        var dec = birthday.AddDays(daysFromBirthday).ToString("dd/MM/yyyy");
        Check(Child(2025, birthday.AddYears(-years).ToString("dd/MM/yyyy"))
            .Episode("C1", "01/04/2025", ("DEC", dec), ("REC", rec)), rule, fails);
    }

    [Theory]
    // A J2 run of 21 days passes, 22 fails; two back-to-back J2 episodes count as one run.
    [InlineData("22/05/2025", false)]
    [InlineData("23/05/2025", true)]
    public void Rule364_PaceDetentionLimit(string dec, bool fails) =>
        Check(Child(2025, "01/01/2010").Episode("C1", "01/05/2025", ("LS", "J2"), ("DEC", dec), ("REC", "E8")), "364", fails);

    [Fact]
    public void Rule364_BackToBackJ2Episodes_AreOneRun() =>
        AssertOnly(Child(2025, "01/01/2010")
            .Episode("C1", "01/05/2025", ("LS", "J2"), ("DEC", "15/05/2025"), ("REC", "X1"))
            .Episode("C1", "15/05/2025", ("RNE", "P"), ("LS", "J2"), ("DEC", "30/05/2025"), ("REC", "E8")),
            "364", ("C1", Episodes, 1), ("C1", Episodes, 2));

    [Theory]
    [InlineData("V3", "P", true)]
    [InlineData("V3", "", true)]
    [InlineData("V3", "S", false)]
    [InlineData("V4", "P", false)]
    public void Rule366_AShortBreakIsItsOwnPeriodOfCare(string ls, string rne, bool fails) =>
        Check(Child(2025, "01/01/2015").Episode("C1", "01/05/2025", ("LS", ls), ("RNE", rne)), "366", fails);

    [Theory]
    [InlineData("P1", "V2", true)]
    [InlineData("P1", "C2", false)]
    [InlineData("U4", "V2", false)]
    public void Rule378_NotPlacedWithParentsUnderSection20(string place, string ls, bool fails) =>
        Check(Child(2025, "01/01/2015").Episode("C1", "01/05/2025", ("PLACE", place), ("LS", ls), ("PLACE_PROVIDER", "PR0")), "378", fails);

    [Theory]
    [InlineData("T1", "S", true)]
    [InlineData("T0", "L", true)]
    [InlineData("T4", "", true)]
    [InlineData("T1", "P", false)]
    [InlineData("T3", "B", false)]
    [InlineData("U4", "S", false)]
    public void Rule380_TemporaryPlacementStartsWithAMove(string place, string rne, bool fails) =>
        Check(Child(2025, "01/01/2015").Episode("C1", "01/05/2025", ("PLACE", place), ("RNE", rne)), "380", fails);

    [Theory]
    [InlineData("T1", "E8", true)]
    [InlineData("T1", "X1", false)]
    [InlineData("T1", "", false)]
    [InlineData("U4", "E8", false)]
    public void Rule381_CareDoesNotEndInATemporaryPlacement(string place, string rec, bool fails) =>
        Check(Child(2025, "01/01/2015").Episode("C1", "01/05/2025", ("PLACE", place), ("RNE", "P"), ("DEC", rec.Length > 0 ? "10/05/2025" : ""), ("REC", rec)), "381", fails);

    [Theory]
    [InlineData("A5", "C2", true)]
    [InlineData("A6", "", true)]
    [InlineData("A6", "E1", false)]
    [InlineData("U4", "C2", false)]
    public void Rule408_PlacedForAdoptionNeedsAPlacementOrder(string place, string ls, bool fails) =>
        Check(Child(2025, "01/01/2015").Episode("C1", "01/05/2025", ("PLACE", place), ("LS", ls)), "408", fails);

    [Theory]
    [InlineData("E2", true, true)]
    [InlineData("E15", true, true)]
    [InlineData("E2", false, false)]
    [InlineData("E8", true, false)]
    public void Rule437_NoEpisodeAfterDeathOrAdulthood(string rec, bool later, bool fails)
    {
        var data = Child(2025, "01/01/2010").Episode("C1", "01/05/2025", ("DEC", "01/06/2025"), ("REC", rec));
        if (later)
        {
            data.Episode("C1", "01/09/2025");
        }
        Check(data, "437", fails);
    }

    [Theory]
    [InlineData("445", "D1", "01/01/2006", true)]
    [InlineData("445", "D1", "31/12/2005", false)]
    [InlineData("446", "E1", "30/11/2005", true)]
    [InlineData("446", "E1", "01/12/2005", false)]
    [InlineData("446", "C2", "30/11/2005", false)]
    public void Rule445_446_FreeingAndPlacementOrdersByDate(string rule, string ls, string decom, bool fails) =>
        Check(Child(2025, "01/01/2004").Episode("C1", decom, ("LS", ls)), rule, fails);

    [Theory]
    // The placements without a provider follow rule 178's list for the year: T4 needs one from 2025-26.
    [InlineData(2025, "U4", true)]
    [InlineData(2025, "T4", true)]
    [InlineData(2024, "T4", false)]
    [InlineData(2025, "Z11", false)]
    [InlineData(2025, "T1", false)]
    [InlineData(2025, "", false)]
    public void Rule526_PlacementNeedsAProvider(int year, string place, bool fails) =>
        Check(Child(year, "01/01/2015").Episode("C1", $"01/05/{year}", ("PLACE", place), ("PLACE_PROVIDER", "")), "526", fails);

    [Theory]
    [InlineData("527", "PR1", "R2", true)]
    [InlineData("527", "PR1", "U4", false)]
    [InlineData("528", "PR2", "R5", true)]
    [InlineData("528", "PR2", "K2", false)]
    [InlineData("529", "PR3", "U6", true)]
    [InlineData("529", "PR3", "A3", true)]
    [InlineData("529", "PR3", "R2", false)]
    [InlineData("530", "PR4", "P1", true)]
    [InlineData("530", "PR4", "U4", false)]
    [InlineData("531", "PR5", "P1", true)]
    [InlineData("531", "PR5", "K2", false)]
    [InlineData("550", "PR0", "U4", true)]
    [InlineData("550", "PR0", "", true)]
    [InlineData("550", "PR0", "P1", false)]
    [InlineData("550", "PR1", "U4", false)]
    public void Rule527To550_ProviderMustSuitThePlacement(string rule, string provider, string place, bool fails) =>
        Check(Child(2025, "01/01/2015").Episode("C1", "01/05/2025", ("PLACE", place), ("PLACE_PROVIDER", provider)), rule, fails);

    [Theory]
    // 31 March 2026 ends 2025-26; a first child born after it, or after care ended, fails.
    [InlineData("01/04/2026", "", true)]
    [InlineData("31/03/2026", "", false)]
    [InlineData("02/06/2025", "01/06/2025", true)]
    [InlineData("01/06/2025", "01/06/2025", false)]
    public void Rule625_FirstChildBornByYearEndAndCareEnd(string mcDob, string dec, bool fails) =>
        Check(ReturnBuilder.For(2025).Header("C1", ("SEX", "F"), ("DOB", "01/01/2008"), ("MOTHER", "1"), ("MC_DOB", mcDob))
            .Episode("C1", "01/05/2025", ("DEC", dec), ("REC", dec.Length > 0 ? "E8" : "")), "625", fails, Header);

    [Theory]
    [InlineData("", "C2", true)]
    [InlineData("", "V3", false)]
    [InlineData("UN1", "C2", false)]
    public void Rule442_UpnNeededUnlessOnlyShortBreaks(string upn, string ls, bool fails) =>
        Check(ReturnBuilder.For(2025).Header("C1", ("UPN", upn)).Episode("C1", "01/05/2025", ("LS", ls)), "442", fails, Header);

    [Theory]
    // 2025-26: school age from 4 on 31 August 2024.
    [InlineData("UN1", "31/08/2020", true)]
    [InlineData("UN1", "01/09/2020", false)]
    [InlineData("UN2", "31/08/2020", false)]
    public void Rule209_NoUn1ForASchoolAgeChild(string upn, string dob, bool fails) =>
        Check(ReturnBuilder.For(2025).Header("C1", ("UPN", upn), ("DOB", dob)), "209", fails, Header);

    [Theory]
    // Looked after on 31 March 2026 in a period that began before 24 March fails; on 24 March passes.
    [InlineData("UN4", "23/03/2026", "", true)]
    [InlineData("UN4", "24/03/2026", "", false)]
    [InlineData("UN4", "01/03/2026", "30/03/2026", false)]
    [InlineData("UN3", "23/03/2026", "", false)]
    public void Rule210_Un4OnlyForTheNewlyLookedAfter(string upn, string decom, string dec, bool fails) =>
        Check(ReturnBuilder.For(2025).Header("C1", ("UPN", upn)).Episode("C1", decom, ("DEC", dec), ("REC", dec.Length > 0 ? "E8" : "")), "210", fails, Header);

    [Fact]
    public void Rule210_PeriodOfCareRunsBackThroughContinuingEpisodes() =>
        AssertOnly(ReturnBuilder.For(2025).Header("C1", ("UPN", "UN4"))
            .Episode("C1", "01/03/2026", ("DEC", "25/03/2026"), ("REC", "X1"))
            .Episode("C1", "25/03/2026", ("RNE", "P"), ("PLACE", "U6")), "210", ("C1", Header, 1));

    [Theory]
    // 18 on 30 March 2026, before the end of 2025-26: still open only as V2 in K2; 18 on 31 March is not checked.
    [InlineData("30/03/2008", "C2", "U4", "", true)]
    [InlineData("30/03/2008", "V2", "K2", "", false)]
    [InlineData("31/03/2008", "C2", "U4", "", false)]
    [InlineData("30/03/2008", "C2", "U4", "01/03/2026", false)]
    public void Rule359_After18OnlyUnderSection20_5(string dob, string ls, string place, string dec, bool fails) =>
        Check(Child(2025, dob).Episode("C1", "01/05/2025", ("LS", ls), ("PLACE", place), ("DEC", dec), ("REC", dec.Length > 0 ? "E8" : "")), "359", fails);

    [Theory]
    [InlineData("A5", "01/05/2025", "P", true)]
    [InlineData("A5", "01/05/2025", "T", false)]
    [InlineData("A3", "01/04/2015", "P", true)]
    [InlineData("A3", "31/03/2015", "P", false)]
    [InlineData("A6", "01/05/2025", "P", false)]
    public void Rule217_AdoptionByFosterCarersStartsWithSTOrU(string place, string decom, string rne, bool fails) =>
        Check(Child(2025, "01/01/2014").Episode("C1", decom, ("PLACE", place), ("RNE", rne), ("LS", "E1")), "217", fails);

    [Theory]
    // Three T3 episodes within 12 months fail; the third a full year after the first passes.
    [InlineData("30/04/2025", true)]
    [InlineData("01/05/2025", false)]
    public void Rule377_AtMostTwoHolidayPlacementsIn12Months(string third, bool fails)
    {
        var data = Child(2025, "01/01/2014")
            .Episode("C1", "01/05/2024", ("PLACE", "T3"), ("RNE", "P"), ("DEC", "05/05/2024"), ("REC", "X1"))
            .Episode("C1", "01/09/2024", ("PLACE", "T3"), ("RNE", "P"), ("DEC", "05/09/2024"), ("REC", "X1"))
            .Episode("C1", third, ("PLACE", "T3"), ("RNE", "P"), ("DEC", "10/05/2025"), ("REC", "X1"));
        if (fails)
        {
            AssertOnly(data, "377", ("C1", Episodes, 1), ("C1", Episodes, 2), ("C1", Episodes, 3));
        }
        else
        {
            AssertNone(data, "377");
        }
    }

    [Theory]
    [InlineData("390", "E11", "A5", false)]
    [InlineData("390", "E12", "U4", true)]
    [InlineData("390", "E11", "", true)]
    [InlineData("516", "E45", "U4", false)]
    [InlineData("516", "E46", "K2", true)]
    [InlineData("516", "E45", "", true)]
    [InlineData("516", "E8", "K2", false)]
    public void Rule390_516_ReasonCeasedMatchesThePlacement(string rule, string rec, string place, bool fails) =>
        Check(Child(2025, "01/01/2014").Episode("C1", "01/05/2025", ("PLACE", place), ("LS", "E1"), ("DEC", "01/06/2025"), ("REC", rec)), rule, fails);

    [Theory]
    // After an episode that ended care (REC other than X1), the next must start a new period (RNE S).
    [InlineData("E8", "P", true)]
    [InlineData("E8", "", true)]
    [InlineData("E8", "S", false)]
    [InlineData("X1", "P", false)]
    public void Rule432_NewPeriodAfterCareEnded(string previousRec, string rne, bool fails) =>
        Check(Child(2025, "01/01/2014")
            .Episode("C1", "01/05/2025", ("DEC", "01/06/2025"), ("REC", previousRec))
            .Episode("C1", "01/06/2025", ("RNE", rne), ("PLACE", "U6")), "432", fails, Episodes, 2);

    [Theory]
    [InlineData("X1", "01/06/2025", "N2", true)]
    [InlineData("X1", "01/06/2025", "N1", false)]
    [InlineData("E8", "01/09/2025", "N2", false)]
    public void Rule504_CategoryOfNeedHoldsThroughAPeriod(string previousRec, string decom, string cin, bool fails) =>
        Check(Child(2025, "01/01/2014")
            .Episode("C1", "01/05/2025", ("DEC", "01/06/2025"), ("REC", previousRec), ("CIN", "N1"))
            .Episode("C1", decom, ("RNE", previousRec == "X1" ? "P" : "S"), ("PLACE", "U6"), ("CIN", cin)), "504", fails, Episodes, 2);

    [Theory]
    // The second episode against the first (U4, PR1, postcode ZZ1 1AA, no URN, legal status C1).
    [InlineData("434", "L", "C2", "U4", "ZZ1 1AA", false)]
    [InlineData("434", "L", "C1", "U4", "ZZ1 1AA", true)]
    [InlineData("434", "L", "C2", "U4", "ZZ2 2BB", true)]
    [InlineData("435", "P", "C1", "U6", "ZZ1 1AA", false)]
    [InlineData("435", "T", "C1", "U4", "ZZ2 2BB", false)]
    [InlineData("435", "P", "C1", "U4", "ZZ1 1AA", true)]
    [InlineData("435", "P", "C2", "U6", "ZZ1 1AA", true)]
    [InlineData("436", "B", "C2", "U6", "ZZ1 1AA", false)]
    [InlineData("436", "U", "C1", "U6", "ZZ1 1AA", true)]
    [InlineData("436", "B", "C2", "U4", "ZZ1 1AA", true)]
    public void Rule434To436_ReasonForNewEpisodeMatchesWhatChanged(string rule, string rne, string ls, string place, string postcode, bool fails) =>
        Check(Child(2025, "01/01/2014")
            .Episode("C1", "01/05/2025", ("LS", "C1"), ("PL_POST", "ZZ1 1AA"), ("DEC", "01/06/2025"), ("REC", "X1"))
            .Episode("C1", "01/06/2025", ("RNE", rne), ("LS", ls), ("PLACE", place), ("PL_POST", postcode)), rule, fails, Episodes, 2);

    [Theory]
    [InlineData("D1", "", true)]
    [InlineData("D1", "01/06/2025", false)]
    [InlineData("E1", "", false)]
    public void Rule451_NoOpenFreeingOrder(string ls, string dec, bool fails) =>
        Check(Child(2025, "01/01/2004").Episode("C1", "01/05/2005", ("LS", ls), ("DEC", dec), ("REC", dec.Length > 0 ? "E11" : "")), "451", fails);

    [Theory]
    [InlineData("V3", "ZY1 1AA", "", true)]
    [InlineData("V4", "", "SC123456", true)]
    [InlineData("V3", "", "", false)]
    [InlineData("C2", "ZY1 1AA", "SC123456", false)]
    public void Rule214_NoPlacementLocationForShortBreaks(string ls, string postcode, string urn, bool fails) =>
        Check(Child(2025, "01/01/2014").Episode("C1", "01/05/2025", ("LS", ls), ("PL_POST", postcode), ("URN", urn)), "214", fails);

    [Theory]
    [InlineData("U4", "A5", false)]
    [InlineData("A6", "A3", false)]
    [InlineData("K2", "A5", true)]
    [InlineData("T1", "A3", true)]
    [InlineData("K2", "A4", false)]
    public void Rule336_AdoptionByFosterCarersFollowsFostering(string previousPlace, string place, bool fails) =>
        Check(Child(2025, "01/01/2020")
            .Episode("C1", "01/05/2025", ("LS", "E1"), ("PLACE", previousPlace), ("DEC", "01/06/2025"), ("REC", "X1"))
            .Episode("C1", "01/06/2025", ("RNE", "T"), ("LS", "E1"), ("PLACE", place)), "336", fails, Episodes, 2);
}
