using Microsoft.Data.Sqlite;

namespace Iro.Web.Tests.Cli;

/// <summary><c>iro users</c>: the password rules of the web app, and resetting lost two-factor authentication.</summary>
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
}
