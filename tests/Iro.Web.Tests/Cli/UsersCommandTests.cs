using Microsoft.Data.Sqlite;

namespace Iro.Web.Tests.Cli;

/// <summary><c>iro users</c>: the password rules of the web app, listing and deactivating users, and resetting lost
/// two-factor authentication; each change to a council user's account joins that council's audit trail.</summary>
public sealed class UsersCommandTests : CliDatabaseTest
{
    [Fact]
    public async Task UsersAdd_WithACommonPassword_IsRefused()
    {
        var result = await IroCli.RunWithEnvironmentAsync(new Dictionary<string, string> { ["IRO_NEW_PASSWORD"] = "Password-1234" }, Ct,
            "users", "add", "--email", "weak@backup.test", "--role", "system-administrator", "--db", $"sqlite:{Db}");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("common passwords", result.Error, StringComparison.Ordinal);
        Assert.Empty(await UsersInAsync(Db));
    }

    [Fact]
    public async Task UsersResetTwoFactor_TurnsItOff_AndForgetsTheKey()
    {
        await CreateDatabaseWithAUserAsync("lost-phone@backup.test");
        await using (var connection = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var enable = connection.CreateCommand();
            enable.CommandText = """
                UPDATE AspNetUsers SET TwoFactorEnabled = 1;
                INSERT INTO AspNetUserTokens (UserId, LoginProvider, Name, Value)
                SELECT Id, '[AspNetUserStore]', 'AuthenticatorKey', 'OLDKEYOLDKEYOLDKEY' FROM AspNetUsers;
                """;
            await enable.ExecuteNonQueryAsync(Ct);
        }

        var result = await IroCli.RunAsync(Ct, "users", "reset-two-factor", "--email", "lost-phone@backup.test", "--db", $"sqlite:{Db}");
        Assert.True(result.ExitCode == 0, result.Error);
        await using (var connection = new SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var query = connection.CreateCommand();
            query.CommandText = "SELECT TwoFactorEnabled FROM AspNetUsers";
            Assert.Equal(0L, (long)(await query.ExecuteScalarAsync(Ct))!);
            query.CommandText = "SELECT Value FROM AspNetUserTokens WHERE Name = 'AuthenticatorKey'";
            Assert.NotEqual("OLDKEYOLDKEYOLDKEY", (string)(await query.ExecuteScalarAsync(Ct))!);
        }

        var unknown = await IroCli.RunAsync(Ct, "users", "reset-two-factor", "--email", "nobody@backup.test", "--db", $"sqlite:{Db}");
        Assert.Equal(2, unknown.ExitCode);
    }

    [Fact]
    public async Task UsersDeactivate_StopsALeaverSigningIn_KeepsTheAccount_AndJoinsTheCouncilsTrail()
    {
        await CreateDatabaseWithAUserAsync("admin@leavers.test");
        await AddCouncilAsync("991", "Leavers Borough");
        var add = await IroCli.RunWithEnvironmentAsync(new Dictionary<string, string> { ["IRO_NEW_PASSWORD"] = "a-long-enough-passphrase" }, Ct,
            "users", "add", "--email", "leaver@leavers.test", "--role", "iro", "--council", "991", "--name", "Sam Leaver", "--db", $"sqlite:{Db}");
        Assert.True(add.ExitCode == 0, add.Error);

        var deactivated = await IroCli.RunAsync(Ct, "users", "deactivate", "--email", "leaver@leavers.test", "--db", $"sqlite:{Db}");
        Assert.True(deactivated.ExitCode == 0, deactivated.Error);
        Assert.Equal(["admin@leavers.test", "leaver@leavers.test"], await UsersInAsync(Db));
        var listed = await IroCli.RunAsync(Ct, "users", "list", "--council", "991", "--db", $"sqlite:{Db}");
        Assert.True(listed.ExitCode == 0, listed.Error);
        Assert.Equal(
            ["EMAIL\tNAME\tROLE\tCOUNCIL\tACTIVE\tSIGN-IN\tTWO-FACTOR", "leaver@leavers.test\tSam Leaver\tiro\t991\tno\tpassword\toff"],
            listed.Out.TrimEnd('\n').Split('\n'));
        var all = await IroCli.RunAsync(Ct, "users", "list", "--db", $"sqlite:{Db}");
        Assert.Contains("admin@leavers.test\tadmin@leavers.test\tsystem-administrator\t-\tyes\tpassword\toff", all.Out, StringComparison.Ordinal);

        var again = await IroCli.RunAsync(Ct, "users", "deactivate", "--email", "leaver@leavers.test", "--db", $"sqlite:{Db}");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already deactivated", again.Error, StringComparison.Ordinal);
        var reactivated = await IroCli.RunAsync(Ct, "users", "reactivate", "--email", "leaver@leavers.test", "--db", $"sqlite:{Db}");
        Assert.True(reactivated.ExitCode == 0, reactivated.Error);
        Assert.Contains("leaver@leavers.test\tSam Leaver\tiro\t991\tyes", (await IroCli.RunAsync(Ct, "users", "list", "--db", $"sqlite:{Db}")).Out, StringComparison.Ordinal);

        var reset = await IroCli.RunAsync(Ct, "users", "reset-two-factor", "--email", "leaver@leavers.test", "--db", $"sqlite:{Db}");
        Assert.True(reset.ExitCode == 0, reset.Error);

        // One entry for each change in the council's chain, naming what changed and not the person.
        await using (var connection = new SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var query = connection.CreateCommand();
            query.CommandText = """SELECT Action || '|' || EntityType || '|' || coalesce(Properties, '') || '|' || Detail || '|' || Actor FROM AuditEntries ORDER BY Sequence""";
            var entries = new List<string>();
            await using var reader = await query.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                entries.Add(reader.GetString(0));
            }
            Assert.Equal(
            [
                "Added|IroUser||role iro, password|cli:users add",
                "Modified|IroUser|IsActive|deactivated|cli:users deactivate",
                "Modified|IroUser|IsActive|reactivated|cli:users reactivate",
                "Modified|IroUser|TwoFactorEnabled,AuthenticatorKey,RecoveryCodes|two-factor reset|cli:users reset-two-factor",
            ], entries);
        }
        var verified = await IroCli.RunAsync(Ct, "audit", "verify", "--db", $"sqlite:{Db}");
        Assert.True(verified.ExitCode == 0, verified.Out + verified.Error);

        var unknown = await IroCli.RunAsync(Ct, "users", "deactivate", "--email", "nobody@leavers.test", "--db", $"sqlite:{Db}");
        Assert.Equal(2, unknown.ExitCode);
        var badCouncil = await IroCli.RunAsync(Ct, "users", "list", "--council", "999", "--db", $"sqlite:{Db}");
        Assert.Equal(2, badCouncil.ExitCode);
    }
}
