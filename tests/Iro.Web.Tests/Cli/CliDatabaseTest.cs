using Microsoft.Data.Sqlite;

namespace Iro.Web.Tests.Cli;

/// <summary>A throwaway folder with an Iro SQLite database made by the CLI itself.</summary>
public abstract class CliDatabaseTest : IDisposable
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;
    protected string Folder { get; } = Directory.CreateTempSubdirectory("iro-cli-").FullName;
    protected string Db => Path.Combine(Folder, "iro.db");

    protected async Task CreateDatabaseWithAUserAsync(string email)
    {
        var migrate = await IroCli.RunAsync(Ct, "migrate", "--db", $"sqlite:{Db}");
        Assert.True(migrate.ExitCode == 0, migrate.Error);
        await AddUserAsync(email);
    }

    protected async Task AddUserAsync(string email)
    {
        var add = await IroCli.RunWithEnvironmentAsync(new Dictionary<string, string> { ["IRO_NEW_PASSWORD"] = "a-long-enough-passphrase" }, Ct,
            "users", "add", "--email", email, "--role", "system-administrator", "--db", $"sqlite:{Db}");
        Assert.True(add.ExitCode == 0, add.Error);
    }

    protected async Task AddCouncilAsync(string code, string name)
    {
        await using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO Councils (Id, Code, Name) VALUES ($id, $code, $name)";
        insert.Parameters.AddWithValue("$id", Guid.NewGuid().ToString().ToUpperInvariant());
        insert.Parameters.AddWithValue("$code", code);
        insert.Parameters.AddWithValue("$name", name);
        await insert.ExecuteNonQueryAsync(Ct);
    }

    protected static async Task<List<string>> UsersInAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT Email FROM AspNetUsers ORDER BY Email";
        var emails = new List<string>();
        await using var reader = await query.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            emails.Add(reader.GetString(0));
        }
        return emails;
    }

    protected static async Task<bool> HasTableAsync(string path, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = $name";
        query.Parameters.AddWithValue("$name", table);
        return (long)(await query.ExecuteScalarAsync(Ct))! > 0;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
