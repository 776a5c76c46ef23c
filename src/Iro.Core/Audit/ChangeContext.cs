namespace Iro.Core.Audit;

/// <summary>Who is acting: a signed-in user (their id and role) or a command ("cli:import"), and their council
/// (none for a system administrator or a command acting for every council).</summary>
public sealed record ChangeActor(string Id, string? Role, CouncilId? CouncilId)
{
    public static ChangeActor System { get; } = new("system", null, null);
}

/// <summary>Who, when and why for every change in a unit of work (issue 4, §4). The web app fills it from the
/// signed-in user and the request, the CLI from the command; <see cref="Data.IroDbContext"/> reads it when it
/// saves, so that each change is written to the audit trail with its actor, reason and correlation id. A use
/// case says why with <see cref="Because"/>.</summary>
public sealed class ChangeContext
{
    private readonly Func<ChangeActor> _actor;
    private readonly Func<string> _correlationId;

    private ChangeContext(Func<ChangeActor> actor, Func<string> correlationId, TimeProvider clock)
    {
        _actor = actor;
        _correlationId = correlationId;
        Clock = clock;
    }

    /// <summary>Read when a change is saved, not when the context is made: the web app may create the database
    /// context before authentication has set the user.</summary>
    public ChangeActor Actor => _actor();

    public string CorrelationId => _correlationId();

    /// <summary>Why the changes being made now are made, in words a manager reads on the audit page. Write the
    /// purpose ("Recorded the review's outcome"), never the personal facts themselves: the trail keeps it for good.</summary>
    public string? Reason { get; set; }

    public TimeProvider Clock { get; }

    public static ChangeContext For(ChangeActor actor, string? reason = null, TimeProvider? clock = null)
    {
        var correlation = Guid.CreateVersion7().ToString("N");
        return new(() => actor, () => correlation, clock ?? TimeProvider.System) { Reason = reason };
    }

    public static ChangeContext Resolving(Func<ChangeActor> actor, Func<string> correlationId, TimeProvider clock) =>
        new(actor, correlationId, clock);

    /// <summary>A command-line run: the actor is <c>cli:COMMAND</c>, acting for every council.</summary>
    public static ChangeContext ForCommand(string command, TimeProvider? clock = null) =>
        For(new ChangeActor($"cli:{command}", null, null), $"Command line: iro {command}", clock);

    /// <summary>The context of a database context made without one: this process's default, which the CLI sets
    /// to its command. Anything else saving without a context is recorded as <c>system</c>.</summary>
    public static ChangeContext ProcessDefault { get; set; } = For(ChangeActor.System);

    /// <summary>Sets the reason until the returned scope is disposed, then restores the previous one.</summary>
    public IDisposable Because(string reason)
    {
        var previous = Reason;
        Reason = reason;
        return new RestoreReason(this, previous);
    }

    private sealed class RestoreReason(ChangeContext context, string? previous) : IDisposable
    {
        public void Dispose() => context.Reason = previous;
    }
}
