using Iro.Core.Councils;
using Iro.Core.Data;

namespace Iro.Core.Oversight;

/// <summary>A supervision session between an IRO and their manager: what was discussed and the actions agreed,
/// each with a date (issue 5 §7; IRO Handbook ch.7: the IRO manager oversees the IROs' practice).</summary>
public sealed class Supervision : ICouncilOwned
{
    private readonly List<SupervisionAction> _actions = [];

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required CouncilId CouncilId { get; init; }
    public required StaffMemberId IroId { get; init; }
    public required StaffMemberId ManagerId { get; init; }
    public DateOnly HeldOn { get; init; }
    public required string Notes { get; init; }
    public IReadOnlyList<SupervisionAction> Actions => _actions;

    public const int NotesMaxLength = 4000;
    public const int ActionMaxLength = 500;

    /// <exception cref="DomainRuleException">The action is empty, too long, or due before the session.</exception>
    public SupervisionAction AgreeAction(string text, DateOnly dueOn)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainRuleException("Enter the action agreed.");
        }
        if (text.Length > ActionMaxLength)
        {
            throw new DomainRuleException($"An action must be {ActionMaxLength} characters or fewer.");
        }
        if (dueOn < HeldOn)
        {
            throw new DomainRuleException("An action cannot be due before the supervision.");
        }
        var action = new SupervisionAction { CouncilId = CouncilId, SupervisionId = Id, Text = text.Trim(), DueOn = dueOn };
        _actions.Add(action);
        return action;
    }
}

public sealed class SupervisionAction : ICouncilOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required CouncilId CouncilId { get; init; }
    public required Guid SupervisionId { get; init; }
    public required string Text { get; init; }
    public DateOnly DueOn { get; init; }
}
