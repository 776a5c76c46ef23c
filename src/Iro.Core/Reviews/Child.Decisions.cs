using Iro.Core.Reviews;

namespace Iro.Core.Children;

public sealed partial class Child
{
    private readonly List<ReviewDecision> _decisions = [];

    public IReadOnlyList<ReviewDecision> Decisions => _decisions;

    /// <summary>Records a decision made at a held review, with its owner and date.</summary>
    public ReviewDecision AddDecision(Guid reviewId, DecisionMatter matter, string text, StaffMemberId? ownerId, string ownerName,
        DateOnly dueOn)
    {
        var review = _reviews.SingleOrDefault(r => r.Id == reviewId && r.HeldOn is not null)
            ?? throw new DomainRuleException("Decisions belong to a review that has been held.");
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainRuleException("Enter what was decided.");
        }
        if (string.IsNullOrWhiteSpace(ownerName))
        {
            throw new DomainRuleException("Every decision needs a named owner.");
        }
        if (dueOn < review.HeldOn!.Value)
        {
            throw new DomainRuleException("A decision cannot be due before the review that made it.");
        }
        var decision = new ReviewDecision
        {
            CouncilId = CouncilId, ChildId = Id, ReviewId = reviewId, Matter = matter, Text = text.Trim(),
            OwnerId = ownerId, OwnerName = ownerName.Trim(), MadeOn = review.HeldOn.Value, DueOn = dueOn,
        };
        _decisions.Add(decision);
        return decision;
    }
}
