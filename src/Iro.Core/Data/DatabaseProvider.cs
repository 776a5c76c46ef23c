using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Core.Data;

public enum DatabaseKind
{
    Sqlite,
    Postgres,
}

/// <summary>The database chosen at run time: <c>sqlite:PATH</c> or <c>postgres:CONNECTION_STRING</c>
/// (from <c>--db</c> or <c>IRO_DB</c>). SQLite is the embedded default; PostgreSQL serves larger deployments.</summary>
public sealed record DatabaseProvider(DatabaseKind Kind, string ConnectionString)
{
    public const string SqliteMigrationsAssembly = "Iro.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "Iro.Data.Postgres";

    public static DatabaseProvider Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon < 0 ? "" : spec[..colon].ToLowerInvariant();
        var rest = colon < 0 ? "" : spec[(colon + 1)..];
        return scheme switch
        {
            "sqlite" when rest.Length > 0 => Sqlite(rest),
            "postgres" or "postgresql" when rest.Length > 0 => new(DatabaseKind.Postgres, rest),
            _ => throw new FormatException(
                $"The database '{spec}' is not understood: use sqlite:PATH or postgres:CONNECTION_STRING."),
        };
    }

    public static DatabaseProvider Sqlite(string path)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = true,
            DefaultTimeout = 30,
            ForeignKeys = true,
        };
        return new(DatabaseKind.Sqlite, builder.ToString());
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        switch (Kind)
        {
            case DatabaseKind.Sqlite:
                options.UseSqlite(ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                options.AddInterceptors(SqlitePragmas.Instance);
                break;
            case DatabaseKind.Postgres:
                options.UseNpgsql(ConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                options.AddInterceptors(RowLevelSecurity.CouncilSession.Instance);
                break;
            default:
                throw new InvalidOperationException($"Unknown database kind {Kind}.");
        }
    }

    /// <summary>Where the data is, for messages: the SQLite path or the PostgreSQL host and database, never a password.</summary>
    public string Describe() => Kind switch
    {
        DatabaseKind.Sqlite => $"SQLite at {new SqliteConnectionStringBuilder(ConnectionString).DataSource}",
        _ => $"PostgreSQL {DescribePostgres()}",
    };

    private string DescribePostgres()
    {
        var b = new DbConnectionStringBuilder { ConnectionString = ConnectionString };
        b.TryGetValue("Host", out var host);
        b.TryGetValue("Database", out var db);
        return $"{db} on {host}";
    }
}

/// <summary>WAL lets readers work while one writer writes; the busy timeout makes a second writer wait rather
/// than fail at once.</summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000; PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}

public static class IroDataServiceCollectionExtensions
{
    public static IServiceCollection AddIroData(this IServiceCollection services, DatabaseProvider database)
    {
        services.AddSingleton(database);
        services.AddScoped(_ => CouncilScope.None());
        services.AddDbContext<IroDbContext>(database.Configure);
        return services;
    }
}
