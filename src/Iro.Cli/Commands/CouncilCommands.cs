using System.CommandLine;
using System.Globalization;
using Iro.Core.Data;
using Iro.Core.DisputeResolution;
using Iro.Core.ReviewCycle;
using Iro.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Iro.Cli.Commands;

/// <summary><c>iro council policy</c>: shows or changes a council's review-cycle time limits and dispute-resolution
/// ladder, within the law: a statutory limit may be shortened but not lengthened (<see cref="ReviewCyclePolicy.Validate"/>,
/// <see cref="DisputeResolutionPolicy.Validate"/>). A change with any problem is refused whole and writes nothing.</summary>
internal static class CouncilCommands
{
    /// <summary>The option name for each time limit, for example <c>--decisions-issued-within</c>.</summary>
    private static readonly Dictionary<ReviewCycleTimerKind, string> Names = new()
    {
        [ReviewCycleTimerKind.IroAllocated] = "iro-allocated-within",
        [ReviewCycleTimerKind.ConsultationSent] = "consultation-sent-before",
        [ReviewCycleTimerKind.SocialWorkerReport] = "social-worker-report-before",
        [ReviewCycleTimerKind.DecisionsIssued] = "decisions-issued-within",
        [ReviewCycleTimerKind.RecordIssued] = "record-issued-within",
        [ReviewCycleTimerKind.DecisionContestWindow] = "contest-within",
        [ReviewCycleTimerKind.AdjournedReviewReconvened] = "reconvene-within",
    };

    public static Command Create()
    {
        var council = new Command("council", "A council's settings.");
        var code = new Option<string>("--council") { Required = true, Description = "The council's three-digit code." };
        var limits = Names.ToDictionary(n => n.Key, n => new Option<int?>($"--{n.Value}")
        {
            Description = $"{ReviewCyclePolicy.Describe(n.Key)}, in working days.",
        });
        var dueSoon = new Option<int?>("--due-soon-within") { Description = "Working days left at which an open time limit shows as due soon." };
        var stages = new Option<string[]>("--stage")
        {
            Description = "A formal dispute-resolution stage as NAME=WORKING_DAYS, lowest first; give it once per stage to replace the ladder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var whole = new Option<int?>("--whole-process-within") { Description = "Working days the whole formal dispute process may take (20 at most)." };
        var db = HostCommands.DbOption();
        var policy = new Command("policy", "Show the council's review-cycle limits and dispute ladder, or change them.") { code, dueSoon, stages, whole, db };
        foreach (var option in limits.Values)
        {
            policy.Options.Add(option);
        }
        policy.SetAction(async (parse, ct) =>
        {
            var database = IroConfiguration.Database(parse.GetValue(db), IroConfiguration.Load([]));
            await using var context = await CliDatabase.OpenAsync(database, CouncilScope.All(), ct);
            var councilCode = parse.GetValue(code)!;
            var found = await context.Councils.SingleOrDefaultAsync(c => c.Code == councilCode, ct);
            if (found is null)
            {
                Console.Error.WriteLine($"iro: --council '{councilCode}' is not a council in {database.Describe()}.");
                return 2;
            }

            var reviewCycle = found.ReviewCycle;
            foreach (var (timer, option) in limits)
            {
                if (parse.GetValue(option) is { } days)
                {
                    reviewCycle = reviewCycle.With(timer, days);
                }
            }
            if (parse.GetValue(dueSoon) is { } soon)
            {
                reviewCycle = reviewCycle with { DueSoonWithin = soon };
            }
            var problems = reviewCycle.Validate().ToList();
            var ladder = found.DisputeResolution;
            var stageTexts = parse.GetValue(stages) ?? [];
            if (stageTexts.Length > 0 || parse.GetValue(whole) is not null)
            {
                var parsed = stageTexts.Length > 0 ? ParseStages(stageTexts, problems) : ladder.Stages;
                ladder = new DisputeResolutionPolicy(parsed, parse.GetValue(whole) ?? ladder.WholeProcessWithin);
                problems.AddRange(ladder.Validate());
            }
            if (problems.Count > 0)
            {
                Console.Error.WriteLine($"iro: the council's policy was not changed:");
                foreach (var problem in problems)
                {
                    Console.Error.WriteLine($"  {problem}");
                }
                return 2;
            }

            if (reviewCycle != found.ReviewCycle || ladder != found.DisputeResolution)
            {
                found.ReviewCycle = reviewCycle;
                found.DisputeResolution = ladder;
                using (context.Changes.Because("Council policies changed from the command line"))
                {
                    await context.SaveChangesAsync(ct);
                }
                Console.Error.WriteLine($"Changed the policies of {found.Name}.");
            }
            Print(found.ReviewCycle, found.DisputeResolution);
            return 0;
        });
        council.Subcommands.Add(policy);
        return council;
    }

    private static List<DisputeStage> ParseStages(string[] texts, List<string> problems)
    {
        var stages = new List<DisputeStage>();
        foreach (var text in texts)
        {
            var at = text.LastIndexOf('=');
            if (at <= 0 || !int.TryParse(text.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var days))
            {
                problems.Add($"--stage '{text}' must be NAME=WORKING_DAYS, for example \"Team manager=5\".");
                continue;
            }
            stages.Add(new DisputeStage(text[..at].Trim(), days));
        }
        return stages;
    }

    /// <summary>Tab-separated, one setting a line, so that scripts can read it.</summary>
    private static void Print(ReviewCyclePolicy reviewCycle, DisputeResolutionPolicy ladder)
    {
        foreach (var limit in ReviewCyclePolicy.Limits)
        {
            Console.Out.WriteLine(string.Join('\t', Names[limit.Timer], reviewCycle.WorkingDaysFor(limit.Timer).ToString(CultureInfo.InvariantCulture),
                $"{limit.Minimum}-{limit.Maximum}", $"{limit.Source}: {limit.Citation}"));
        }
        Console.Out.WriteLine($"due-soon-within\t{reviewCycle.DueSoonWithin.ToString(CultureInfo.InvariantCulture)}\t0-{ReviewCyclePolicy.MaxDueSoonWithin}\tproject choice");
        for (var i = 0; i < ladder.Stages.Count; i++)
        {
            Console.Out.WriteLine($"stage {i + 1}\t{ladder.Stages[i].ResponseWithin.ToString(CultureInfo.InvariantCulture)}\t{ladder.Stages[i].Name}");
        }
        Console.Out.WriteLine($"whole-process-within\t{ladder.WholeProcessWithin.ToString(CultureInfo.InvariantCulture)}\t1-{DisputeResolutionPolicy.HandbookWholeProcessLimit}\t{DisputeResolutionPolicy.HandbookCitation}");
    }
}
