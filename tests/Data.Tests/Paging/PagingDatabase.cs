using GraphApi.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GraphApi.Data.Tests.Paging;

/// <summary>A row to page over: ranks repeat and may be null, titles are unique, replies belong to threads.</summary>
public sealed class Entry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The test that made the row; each test reads only its own.</summary>
    public Guid SetId { get; init; }

    public Guid ThreadId { get; init; }

    public required string Title { get; init; }

    public int? Rank { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>The test's own table in the class's database; the paging engine knows nothing of it.</summary>
public sealed class PagingDbContext(DbContextOptions<PagingDbContext> options) : DbContext(options)
{
    public DbSet<Entry> Entries => Set<Entry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var entry = modelBuilder.Entity<Entry>().ToTable("paging_entries");
        entry.Property(e => e.Id).HasColumnName("id");
        entry.Property(e => e.SetId).HasColumnName("set_id");
        entry.Property(e => e.ThreadId).HasColumnName("thread_id");
        entry.Property(e => e.Title).HasColumnName("title");
        entry.Property(e => e.Rank).HasColumnName("rank");
        entry.Property(e => e.CreatedAt).HasColumnName("created_at");
    }
}

/// <summary>Short-lived <see cref="PagingDbContext"/>s on the class's database, with their statements logged.</summary>
public sealed class PagingDatabase
{
    private readonly DbContextOptions<PagingDbContext> _options;

    private PagingDatabase(NpgsqlDataSource dataSource)
    {
        _options = new DbContextOptionsBuilder<PagingDbContext>().UseNpgsql(dataSource).AddInterceptors(Log).Options;
    }

    public SqlStatementCounter Log { get; } = new();

    public PagingDbContext CreateContext() => new(_options);

    public static async Task<PagingDatabase> CreateAsync(DatabaseFixture database)
    {
        await using var command = database.DataSource.CreateCommand("""
            CREATE TABLE IF NOT EXISTS paging_entries (
                id uuid PRIMARY KEY, set_id uuid NOT NULL, thread_id uuid NOT NULL, title text NOT NULL, rank integer NULL,
                created_at timestamptz NOT NULL)
            """);
        await command.ExecuteNonQueryAsync();
        return new PagingDatabase(database.DataSource);
    }

    /// <summary>Adds rows and returns them.</summary>
    public async Task<List<Entry>> AddAsync(IEnumerable<Entry> entries)
    {
        var list = entries.ToList();
        await using var context = CreateContext();
        context.Entries.AddRange(list);
        await context.SaveChangesAsync();
        return list;
    }
}
