namespace Iro.Core.DisputeResolution;

/// <summary>One level of the council's formal dispute-resolution process: who the IRO writes to, and how many
/// working days they have to respond.</summary>
/// <param name="Name">For example "Team manager".</param>
/// <param name="ResponseWithin">Working days from the day the stage is raised (day 0).</param>
public sealed record DisputeStage(string Name, int ResponseWithin);

/// <summary>A council's formal dispute-resolution ladder.</summary>
/// <remarks>
/// <para>IRO Handbook 2010 §6.2 (domain reference §5.1): each council must have a formal process escalating
/// through levels of seniority with a response time at each; the whole formal process should take no more than 20
/// working days; the IRO may skip any stage. The Handbook is statutory guidance, so a council may shorten the 20
/// days but not lengthen them.</para>
/// <para>The four stages of 5 working days are a common council design, not a fixed rule (domain reference §5.3,
/// unconfirmed): a council sets its own stages.</para>
/// </remarks>
public sealed record DisputeResolutionPolicy
{
    public const string HandbookCitation = "IRO Handbook 2010 §6.2";
    public const int HandbookWholeProcessLimit = 20;

    public DisputeResolutionPolicy(IReadOnlyList<DisputeStage> stages, int wholeProcessWithin = HandbookWholeProcessLimit)
    {
        Stages = stages;
        WholeProcessWithin = wholeProcessWithin;
    }

    public IReadOnlyList<DisputeStage> Stages { get; }

    /// <summary>Working days the whole formal process may take, counted from the day the first formal stage is
    /// raised (day 0).</summary>
    public int WholeProcessWithin { get; }

    /// <summary>Team manager → service manager → head of service → director, 5 working days each, 20 in all.
    /// </summary>
    public static DisputeResolutionPolicy Default { get; } = new(
    [
        new("Team manager", 5),
        new("Service manager", 5),
        new("Head of service", 5),
        new("Director of children's services", 5),
    ]);

    /// <summary>Every problem with the ladder, in plain English; empty when it is valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Stages is null || Stages.Count == 0)
        {
            problems.Add("The process needs at least one formal stage.");
            return problems;
        }
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Stages.Count; i++)
        {
            var stage = Stages[i];
            var label = $"Stage {i + 1}";
            if (stage is null || string.IsNullOrWhiteSpace(stage.Name))
            {
                problems.Add($"{label} needs a name.");
                continue;
            }
            if (!names.Add(stage.Name.Trim()))
            {
                problems.Add($"There are two stages called \"{stage.Name.Trim()}\".");
            }
            if (stage.ResponseWithin < 1 || stage.ResponseWithin > WholeProcessWithin)
            {
                problems.Add($"The {stage.Name.Trim()} stage's response time must be between 1 and " +
                    $"{WholeProcessWithin} working days.");
            }
        }
        var total = Stages.Where(s => s is not null).Sum(s => s.ResponseWithin);
        if (total > WholeProcessWithin)
        {
            problems.Add($"The stages' response times add up to {total} working days, more than the " +
                $"{WholeProcessWithin} the whole process may take.");
        }
        if (WholeProcessWithin < 1 || WholeProcessWithin > HandbookWholeProcessLimit)
        {
            problems.Add($"The whole formal process must take between 1 and {HandbookWholeProcessLimit} working days " +
                $"({HandbookCitation}); a council may shorten it but not lengthen it.");
        }
        return problems;
    }

    /// <exception cref="ArgumentException">The ladder is not valid; the message lists every problem.</exception>
    public void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems));
        }
    }
}
