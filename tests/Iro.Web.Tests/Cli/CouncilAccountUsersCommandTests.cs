using Microsoft.Data.Sqlite;

namespace Iro.Web.Tests.Cli;

/// <summary><c>iro users add --oidc-subject</c>: a user who signs in with their council account, linked by its
/// immutable ids, with no password in Iro.</summary>
public sealed class CouncilAccountUsersCommandTests : CliDatabaseTest
{
    [Fact]
    public async Task UsersAdd_WithOidcSubjectAndTenant_LinksTheAccount_WithNoPassword()
    {
        await CreateDatabaseWithAUserAsync("first@backup.test");

        var result = await IroCli.RunAsync(Ct, "users", "add", "--email", "council@backup.test", "--role", "system-administrator",
            "--oidc-subject", "00000000-0000-0000-0000-0000000000b1", "--oidc-tenant", "00000000-0000-0000-0000-0000000000a1", "--db", $"sqlite:{Db}");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(
            [("oidc", "00000000-0000-0000-0000-0000000000a1/00000000-0000-0000-0000-0000000000b1", "council@backup.test", true)],
            await LoginsAsync());
    }

    [Fact]
    public async Task UsersAdd_WithOidcSubjectOnly_KeysBySubject()
    {
        await CreateDatabaseWithAUserAsync("first@backup.test");

        var result = await IroCli.RunAsync(Ct, "users", "add", "--email", "council@backup.test", "--role", "system-administrator",
            "--oidc-subject", "s-1", "--db", $"sqlite:{Db}");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal([("oidc", "s-1", "council@backup.test", true)], await LoginsAsync());
    }

    [Fact]
    public async Task UsersAdd_AnAccountAlreadyLinked_IsRefused_AndAddsNobody()
    {
        await CreateDatabaseWithAUserAsync("first@backup.test");
        var first = await IroCli.RunAsync(Ct, "users", "add", "--email", "one@backup.test", "--role", "system-administrator",
            "--oidc-subject", "s-1", "--oidc-tenant", "t-1", "--db", $"sqlite:{Db}");
        Assert.True(first.ExitCode == 0, first.Error);

        var second = await IroCli.RunAsync(Ct, "users", "add", "--email", "two@backup.test", "--role", "system-administrator",
            "--oidc-subject", "s-1", "--oidc-tenant", "t-1", "--db", $"sqlite:{Db}");

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("already linked", second.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("two@backup.test", await UsersInAsync(Db));
    }

    [Theory]
    [InlineData("--oidc-tenant", "t-1")]
    [InlineData("--oidc-subject", " ")]
    public async Task UsersAdd_WithoutASubject_IsAUsageError(string option, string value)
    {
        await CreateDatabaseWithAUserAsync("first@backup.test");

        var result = await IroCli.RunAsync(Ct, "users", "add", "--email", "council@backup.test", "--role", "system-administrator",
            option, value, "--db", $"sqlite:{Db}");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["first@backup.test"], await UsersInAsync(Db));
    }

    private async Task<List<(string Provider, string Key, string Email, bool NoPassword)>> LoginsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        await using var query = connection.CreateCommand();
        query.CommandText = """
            SELECT l.LoginProvider, l.ProviderKey, u.Email, u.PasswordHash IS NULL
            FROM AspNetUserLogins l JOIN AspNetUsers u ON u.Id = l.UserId ORDER BY u.Email
            """;
        var rows = new List<(string, string, string, bool)>();
        await using var reader = await query.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3) == 1));
        }
        return rows;
    }
}
