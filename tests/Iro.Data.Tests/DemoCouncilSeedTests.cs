using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.Demo;
using Iro.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Data.Tests;

/// <summary>The demo council, seeded for real: PostgreSQL enforces column lengths and types that SQLite
/// lets through, so both must accept it.</summary>
public sealed class DemoCouncilSeedTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Seed_StoresTheCouncil_AndStoredDueDatesMatchTheRules(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        await using (var db = database.Context(CouncilScope.All()))
        {
            var services = new ServiceCollection().AddLogging().AddSingleton(db);
            services.AddIdentityCore<IroUser>(SignInPolicy.Apply).AddEntityFrameworkStores<IroDbContext>();
            await using var provider = services.BuildServiceProvider();
            await DemoCouncil.SeedAsync(db, provider.GetRequiredService<UserManager<IroUser>>(), Today, Ct);
        }

        await using var check = database.Context(CouncilScope.All());
        Assert.Equal(400, await check.Children.CountAsync(c => c.PeriodsOfCare.Any(p => p.EndedOn == null), Ct));
        Assert.True(await check.Users.AnyAsync(u => u.Email == DemoCouncil.DemoIroEmail, Ct));

        var children = await check.Children.AsSplitQuery()
            .Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes).Include(c => c.Reviews).Include(c => c.Triggers)
            .ToListAsync(Ct);
        foreach (var child in children.Where(c => c.CurrentPeriodOfCare is not null))
        {
            var stored = child.Reviews.Single(r => r.HeldOn is null && r.PeriodOfCareId == child.CurrentPeriodOfCare!.Id);
            Assert.Equal(child.NextReviewDue(WorkingDayCalendar.Default)!.DueOn, stored.DueOn);
        }
    }
}
