using Iro.Core.Data;
using Iro.Core.DisputeResolution;
using Iro.Core.ReviewCycle;
using Microsoft.EntityFrameworkCore;

namespace Iro.Data.Tests;

/// <summary>A council's review-cycle limits and dispute-resolution ladder are stored whole, and a change to
/// either is saved.</summary>
public sealed class CouncilPolicyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Policies_StartAsTheDefaults_AndAChangeIsSaved(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        var council = Builders.Council("903");
        await using (var db = database.Context(CouncilScope.All()))
        {
            db.Add(council);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = database.Context(CouncilScope.All()))
        {
            var loaded = await db.Councils.SingleAsync(Ct);
            Assert.Equal(ReviewCyclePolicy.Default, loaded.ReviewCycle);
            Assert.Equal(["Team manager", "Service manager", "Head of service", "Director of children's services"],
                loaded.DisputeResolution.Stages.Select(s => s.Name));
            loaded.ReviewCycle = loaded.ReviewCycle with { DecisionsIssuedWithin = 3 };
            loaded.DisputeResolution = new DisputeResolutionPolicy([new("Team manager", 5), new("Director", 10)], 15);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = database.Context(CouncilScope.All()))
        {
            var loaded = await db.Councils.SingleAsync(Ct);
            Assert.Equal(3, loaded.ReviewCycle.DecisionsIssuedWithin);
            Assert.Equal(15, loaded.DisputeResolution.WholeProcessWithin);
            Assert.Equal([("Team manager", 5), ("Director", 10)],
                loaded.DisputeResolution.Stages.Select(s => (s.Name, s.ResponseWithin)));
        }
    }
}
