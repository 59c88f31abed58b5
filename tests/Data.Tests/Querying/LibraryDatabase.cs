using System.Data.Common;
using GraphApi.Testing;
using GraphQL.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphApi.Data.Tests.Querying;

/// <summary>
/// A class fixture: the test class's own database (a <see cref="DatabaseFixture"/>) with the library tables of
/// <see cref="LibraryDbContext"/> created in it and <see cref="LibraryData"/> inserted.
/// </summary>
public sealed class LibraryDatabase : IAsyncLifetime
{
    private readonly DatabaseFixture _database = new();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var context = CreateContext(log: null);
        await context.Database.ExecuteSqlRawAsync(context.Database.GenerateCreateScript());
        context.Books.AddRange(LibraryData.Create());
        await context.SaveChangesAsync();
    }

    /// <summary>A context whose commands <paramref name="log"/> records.</summary>
    public LibraryDbContext CreateContext(SqlLog? log)
    {
        var options = new DbContextOptionsBuilder<LibraryDbContext>().UseNpgsql(_database.DataSource);
        if (log is not null)
        {
            options.AddInterceptors(log);
        }
        return new LibraryDbContext(options.Options);
    }

    public Task DisposeAsync() => _database.DisposeAsync();
}

/// <summary>The library tables; named for this test so they cannot meet the application's.</summary>
public sealed class LibraryDbContext(DbContextOptions<LibraryDbContext> options) : DbContext(options)
{
    public DbSet<Book> Books => Set<Book>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Book>(book =>
        {
            book.ToTable("query_test_books");
            book.Property(b => b.Id).ValueGeneratedNever();
            book.HasOne(b => b.Author).WithMany().HasForeignKey(b => b.AuthorId);
            book.HasMany(b => b.Reviews).WithOne().HasForeignKey(r => r.BookId);
        });
        modelBuilder.Entity<Author>(author =>
        {
            author.ToTable("query_test_authors");
            author.Property(a => a.Id).ValueGeneratedNever();
        });
        modelBuilder.Entity<Review>(review =>
        {
            review.ToTable("query_test_reviews");
            review.Property(r => r.Id).ValueGeneratedNever();
        });
    }
}

/// <summary>The SQL of every query a context ran.</summary>
public sealed class SqlLog : DbCommandInterceptor
{
    private readonly List<string> _commands = [];

    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (_commands)
            {
                return [.. _commands];
            }
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        lock (_commands)
        {
            _commands.Add(command.CommandText);
        }
    }
}
