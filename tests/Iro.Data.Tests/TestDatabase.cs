using Iro.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Iro.Data.Tests;

/// <summary>A fresh, migrated database of either kind for one test. PostgreSQL comes from IRO_TEST_PG, which
/// ./test.sh sets after starting a throwaway server; without it the test fails rather than skipping.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqlitePath;
    private readonly string? _pgName;

    private TestDatabase(DatabaseProvider provider, string? sqlitePath, string? pgName)
    {
        Provider = provider;
        _sqlitePath = sqlitePath;
        _pgName = pgName;
    }

    public DatabaseProvider Provider { get; }

    public static TheoryData<string> Kinds => new("sqlite", "postgres");

    public static async Task<TestDatabase> CreateAsync(string kind, CancellationToken ct)
    {
        TestDatabase database;
        if (kind == "sqlite")
        {
            var path = Path.Combine(Path.GetTempPath(), $"iro-test-{Guid.NewGuid():N}.db");
            database = new TestDatabase(DatabaseProvider.Sqlite(path), path, null);
        }
        else
        {
            var admin = AdminConnectionString();
            var name = $"iro_test_{Guid.NewGuid():N}";
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync(ct);
                await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await command.ExecuteNonQueryAsync(ct);
            }
            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
            database = new TestDatabase(new DatabaseProvider(DatabaseKind.Postgres, builder.ConnectionString), null, name);
        }
        await using var context = database.Context(CouncilScope.All());
        await RowLevelSecurity.MigrateAsync(context, ct);
        return database;
    }

    public IroDbContext Context(CouncilScope scope) => IroDbContextFactory.Create(Provider, scope);

    private static string AdminConnectionString() =>
        Environment.GetEnvironmentVariable("IRO_TEST_PG") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "IRO_TEST_PG is not set: data tests run against PostgreSQL as well as SQLite. Run ./test.sh, which starts a throwaway PostgreSQL.");

    public async ValueTask DisposeAsync()
    {
        if (_sqlitePath is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqlitePath, _sqlitePath + "-wal", _sqlitePath + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }
        if (_pgName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(AdminConnectionString());
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_pgName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
