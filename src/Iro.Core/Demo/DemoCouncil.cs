using Iro.Core.Children;
using Iro.Core.Councils;
using Iro.Core.Data;
using Iro.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Iro.Core.Demo;

/// <summary>Everything in the demo council, not yet saved.</summary>
public sealed record DemoCouncilData(
    Council Council,
    IReadOnlyList<Team> Teams,
    IReadOnlyList<StaffMember> Staff,
    IReadOnlyList<IroProfile> IroProfiles,
    IReadOnlyList<Child> Children,
    IReadOnlyList<DemoLogin> Logins);

/// <summary>A sign-in for the demo. The password is fictional and printed by <c>./iro demo</c>.</summary>
public sealed record DemoLogin(string Email, string Password, string Role, string DisplayName, StaffMemberId StaffMemberId);

/// <summary>A fictional council, "Northmoor Borough Council" (LA code 990, which no real authority uses), with an
/// IRO service, social work teams and three years of looked-after children's history shaped like the national
/// figures (domain reference iro-statutory-rules.md §10). Every person is invented: names are random pairs from
/// lists of common names; postcodes are in areas that do not exist (ZZ, ZY, ZX). This is synthetic data and must
/// never be presented as official statistics.</summary>
/// <remarks>
/// <para>For 400 children (the default) the council has 8 IROs (6.9 FTE) carrying about 58 children per FTE on
/// average, two of them above the Handbook's 70 and one about 45; 3 children became looked after in the last few
/// days and have no IRO yet. About 5% of the children's next reviews are overdue today and about 8% are due within
/// 20 working days. Other sizes scale the staff (one IRO per 50 children, one social worker per 16).</para>
/// <para>Logins: <see cref="DemoIroEmail"/> is the IRO with the fullest caseload per FTE, <see
/// cref="DemoManagerEmail"/> the IRO manager, and every other IRO signs in as firstname.lastname@demo.iro.test;
/// all with <see cref="DemoPassword"/>.</para>
/// </remarks>
public static class DemoCouncil
{
    public const string DemoIroEmail = "iro@demo.iro.test";
    public const string DemoManagerEmail = "manager@demo.iro.test";

    /// <summary>Fictional; printed by <c>./iro demo</c>.</summary>
    public const string DemoPassword = "demo-password-1234";

    /// <summary>The DfE LA code of the demo council; real codes run from 201 to 941 and 990 is unused.</summary>
    public const string LaCode = DemoGenerator.LaCode;

    public const string CouncilName = DemoGenerator.CouncilName;

    /// <summary>Builds the demo council as it stands on <paramref name="today"/>. Pure: the same
    /// (<paramref name="today"/>, <paramref name="seed"/>, <paramref name="children"/>) always gives the same
    /// people, dates and codes (the database ids are new each time).</summary>
    /// <param name="today">The day the data describes, from 2020 to 2099.</param>
    /// <param name="children">How many children are looked after today (1 to 5,000); about 0.9 times as many
    /// again left care in the last three years.</param>
    public static DemoCouncilData Generate(DateOnly today, int seed = 20261123, int children = 400)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(children, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(children, 5000);
        // Ten and more years of history must stay inside the working-day calendar (2000 to 2100).
        if (today.Year is < 2020 or > 2099)
        {
            throw new ArgumentOutOfRangeException(nameof(today), today, "The demo needs a date from 2020 to 2099.");
        }
        return new DemoGenerator(today, seed, children).Run();
    }

    /// <summary>Generates the demo council and saves it, with its sign-ins, in one transaction and one
    /// <c>SaveChanges</c>. <paramref name="db"/> must act for all councils (<see cref="CouncilScope.All"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The demo council (LA code 990) or one of its sign-ins is
    /// already in the database.</exception>
    public static async Task SeedAsync(IroDbContext db, UserManager<IroUser> users, DateOnly today,
        CancellationToken ct, int seed = 20261123, int children = 400)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(users);
        if (await db.Councils.AnyAsync(c => c.Code == LaCode, ct).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"The demo council (LA code {LaCode}) is already in this database.");
        }
        var data = Generate(today, seed, children);

        // Identity's own rules (normalisation, validators, hashing, security stamp), but the users are added to
        // this context rather than saved one by one, so the whole council goes in one SaveChanges. Hashing is
        // deliberately slow (PBKDF2), so it runs on the thread pool while the council is attached.
        var accounts = new List<IroUser>(data.Logins.Count);
        foreach (var login in data.Logins)
        {
            var user = new IroUser
            {
                UserName = login.Email, Email = login.Email, EmailConfirmed = true, DisplayName = login.DisplayName,
                Role = login.Role, CouncilId = data.Council.Id, StaffMemberId = login.StaffMemberId,
                NormalizedUserName = users.NormalizeName(login.Email), NormalizedEmail = users.NormalizeEmail(login.Email),
                SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, user, login.Password).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(
                        $"The demo password was refused: {string.Join(" ", result.Errors.Select(e => e.Description))}");
                }
            }
            accounts.Add(user);
        }
        var normalized = accounts.Select(a => a.NormalizedEmail).ToList();
        if (await db.Users.AnyAsync(u => normalized.Contains(u.NormalizedEmail), ct).ConfigureAwait(false))
        {
            throw new InvalidOperationException("A demo sign-in (…@demo.iro.test) is already in this database.");
        }
        var hasher = users.PasswordHasher;
        var hashing = Task.WhenAll(accounts.Zip(data.Logins).Select(pair => Task.Run(
            () => pair.First.PasswordHash = hasher.HashPassword(pair.First, pair.Second.Password), ct)));

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                db.Councils.Add(data.Council);
                db.Teams.AddRange(data.Teams);
                db.StaffMembers.AddRange(data.Staff);
                db.Children.AddRange(data.Children);
                await hashing.ConfigureAwait(false);
                db.Users.AddRange(accounts);
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                await transaction.CommitAsync(ct).ConfigureAwait(false);
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }
}
