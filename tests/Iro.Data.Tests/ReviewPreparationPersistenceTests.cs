using Iro.Core.Data;
using Iro.Core.Reviews.Preparation;
using Microsoft.EntityFrameworkCore;

namespace Iro.Data.Tests;

/// <summary>A review's preparation and consultations round-trip on each provider, the rights checklist (one JSON
/// column) included, and a change to a single right's date is saved.</summary>
public sealed class ReviewPreparationPersistenceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Preparation_RoundTrips_AndARightsChangeIsSaved(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        var council = Builders.Council("905");
        var child = Builders.LookedAfterChild(council.Id, "C005", new DateOnly(2014, 3, 3), new DateOnly(2026, 3, 2));
        var review = child.Reviews.Single(r => r.HeldOn is null);
        var today = new DateOnly(2026, 3, 20);
        var preparation = new ReviewPreparation { ReviewId = review.Id, ChildId = child.Id, CouncilId = council.Id };
        preparation.RecordInvitations("Sam, carer", "School", new DateOnly(2026, 3, 27), true, "Child first");
        preparation.RecordPrivateConversation(PrivateConversationOutcome.JudgedInappropriate, today, "Too young", today);
        preparation.RecordRightsExplained(new Dictionary<ChildRight, DateOnly> { [ChildRight.Advocate] = today }, today);
        var consultation = Consultation.Request(review, ConsultationParty.School, "Ash Primary", today, "By e-mail", today);
        await using (var db = database.Context(CouncilScope.All()))
        {
            db.AddRange(council, child, preparation, consultation);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = database.Context(CouncilScope.All()))
        {
            var loaded = await db.ReviewPreparations.SingleAsync(Ct);
            Assert.Equal((true, "Child first", new DateOnly(2026, 3, 27)), (loaded.HeldInParts!.Value, loaded.Parts, loaded.MeetingOn!.Value));
            Assert.Equal(PrivateConversationOutcome.JudgedInappropriate, loaded.PrivateConversation);
            Assert.Equal(today, Assert.Single(loaded.RightsExplained, r => r.Key == ChildRight.Advocate).Value);
            loaded.RecordRightsExplained(new Dictionary<ChildRight, DateOnly>
            {
                [ChildRight.Advocate] = today, [ChildRight.Complain] = today.AddDays(-1),
            }, today);
            await db.SaveChangesAsync(Ct);
            var c = await db.Consultations.SingleAsync(Ct);
            Assert.Equal((ConsultationParty.School, "Ash Primary", "By e-mail"), (c.Party, c.Name, c.Note));
        }

        await using (var db = database.Context(CouncilScope.All()))
        {
            var loaded = await db.ReviewPreparations.SingleAsync(Ct);
            Assert.Equal(today.AddDays(-1), loaded.RightsExplained[ChildRight.Complain]);
        }
    }
}
