using Microsoft.Data.Sqlite;

namespace Iro.Web.Tests.Cli;

/// <summary><c>iro council policy</c>: a council's time limits and dispute ladder, shown and changed within the law;
/// a change with any problem writes nothing, and a change that is made joins the council's audit trail.</summary>
public sealed class CouncilPolicyCommandTests : CliDatabaseTest
{
    [Fact]
    public async Task Policy_ShowsTheDefaults_ChangesWithinTheLaw_AndRefusesALongerStatutoryLimit()
    {
        await CreateDatabaseWithAUserAsync("admin@policy.test");
        await AddCouncilAsync("990", "Test Borough");

        var shown = await IroCli.RunAsync(Ct, "council", "policy", "--council", "990", "--db", $"sqlite:{Db}");
        Assert.True(shown.ExitCode == 0, shown.Error);
        Assert.Contains("decisions-issued-within\t5\t1-5\tStatutoryGuidance: IRO Handbook", shown.Out, StringComparison.Ordinal);
        Assert.Contains("stage 4\t5\tDirector of children's services", shown.Out, StringComparison.Ordinal);

        // The Handbook's 5 working days may be shortened, not lengthened; the ladder may not exceed 20 in all.
        var refused = await IroCli.RunAsync(Ct, "council", "policy", "--council", "990", "--decisions-issued-within", "7",
            "--stage", "Team manager=10", "--stage", "Director=15", "--db", $"sqlite:{Db}");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("cannot be longer than 5 working days (IRO Handbook)", refused.Error, StringComparison.Ordinal);
        Assert.Contains("add up to 25 working days", refused.Error, StringComparison.Ordinal);
        var unchanged = await IroCli.RunAsync(Ct, "council", "policy", "--council", "990", "--db", $"sqlite:{Db}");
        Assert.Equal(shown.Out, unchanged.Out);

        var changed = await IroCli.RunAsync(Ct, "council", "policy", "--council", "990", "--decisions-issued-within", "3",
            "--stage", "Team manager=5", "--stage", "Head of service=10", "--db", $"sqlite:{Db}");
        Assert.True(changed.ExitCode == 0, changed.Error);
        Assert.Contains("decisions-issued-within\t3\t", changed.Out, StringComparison.Ordinal);
        Assert.Contains("stage 2\t10\tHead of service", changed.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("stage 3", changed.Out, StringComparison.Ordinal);

        var verify = await IroCli.RunAsync(Ct, "audit", "verify", "--db", $"sqlite:{Db}");
        Assert.True(verify.ExitCode == 0, verify.Error + verify.Out);
        await using (var connection = new SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var query = connection.CreateCommand();
            query.CommandText = "SELECT Properties FROM AuditEntries WHERE EntityType = 'Council'";
            Assert.Equal("DisputeResolution,ReviewCycle", (string?)await query.ExecuteScalarAsync(Ct));
        }
    }

    [Fact]
    public async Task Policy_UnknownCouncil_ExitsTwo()
    {
        await CreateDatabaseWithAUserAsync("admin@policy.test");
        var result = await IroCli.RunAsync(Ct, "council", "policy", "--council", "999", "--db", $"sqlite:{Db}");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'999' is not a council", result.Error, StringComparison.Ordinal);
    }
}
