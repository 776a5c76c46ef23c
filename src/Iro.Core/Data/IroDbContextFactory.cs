using Microsoft.EntityFrameworkCore;

namespace Iro.Core.Data;

public static class IroDbContextFactory
{
    /// <summary>A context outside dependency injection, for the CLI, migrations and tests.</summary>
    public static IroDbContext Create(DatabaseProvider database, CouncilScope scope)
    {
        var options = new DbContextOptionsBuilder<IroDbContext>();
        database.Configure(options);
        return new IroDbContext(options.Options, scope);
    }
}
