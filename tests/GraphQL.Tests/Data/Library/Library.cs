using GraphQL.Data;

namespace GraphQL.Tests.Data;

/// <summary>
/// The model the filtering and sorting tests query, in memory (GraphQL.Tests) and as tables in PostgreSQL through
/// EF Core (Data.Tests links this file). <see cref="InternalNote"/> is deliberately neither filterable nor sortable.
/// </summary>
public sealed class Book
{
    [Filterable, Sortable]
    public int Id { get; set; }

    [Filterable, Sortable]
    public string Title { get; set; } = "";

    [Filterable]
    public string? Subtitle { get; set; }

    [Filterable, Sortable]
    public int? Pages { get; set; }

    [Filterable]
    public long Isbn { get; set; }

    [Filterable, Sortable]
    public double Rating { get; set; }

    [Filterable]
    public decimal Price { get; set; }

    [Filterable, Sortable]
    public DateTimeOffset Published { get; set; }

    [Filterable]
    public DateOnly ReleaseDate { get; set; }

    [Filterable]
    public TimeOnly ReadingTime { get; set; }

    [Filterable, Sortable]
    public bool InPrint { get; set; }

    [Filterable]
    public Guid Code { get; set; }

    [Filterable, Sortable]
    public Genre Genre { get; set; }

    public int? AuthorId { get; set; }

    [Filterable, Sortable]
    public Author? Author { get; set; }

    [Filterable]
    public List<string> Tags { get; set; } = [];

    [Filterable]
    public List<Review> Reviews { get; set; } = [];

    /// <summary>A private column: readable as a field, but never a filter or sort field.</summary>
    public string InternalNote { get; set; } = "";
}

public enum Genre
{
    SciFi,
    Romance,
}

public sealed class Author
{
    [Filterable, Sortable]
    public int Id { get; set; }

    [Filterable, Sortable]
    public string Name { get; set; } = "";

    [Filterable, Sortable]
    public int Born { get; set; }
}

public sealed class Review
{
    public int Id { get; set; }

    public int BookId { get; set; }

    [Filterable]
    public int Stars { get; set; }

    [Filterable]
    public string Reviewer { get; set; } = "";
}

/// <summary>Four books that every filter case splits into matching and non-matching ones.</summary>
public static class LibraryData
{
    public static readonly Guid CodeA = Guid.Parse("10000000-0000-0000-0000-000000000001");
    public static readonly Guid CodeB = Guid.Parse("20000000-0000-0000-0000-000000000002");
    public static readonly Guid CodeC = Guid.Parse("30000000-0000-0000-0000-000000000003");
    public static readonly Guid CodeD = Guid.Parse("40000000-0000-0000-0000-000000000004");

    public static Book[] Create()
    {
        var frank = new Author { Id = 1, Name = "Frank Herbert", Born = 1920 };
        var jane = new Author { Id = 2, Name = "Jane Austen", Born = 1775 };
        return
        [
            new Book
            {
                Id = 1, Title = "Dune", Subtitle = null, Pages = 412, Isbn = 1000, Rating = 4.5, Price = 9.99m,
                Published = new DateTimeOffset(1965, 8, 1, 0, 0, 0, TimeSpan.Zero), ReleaseDate = new DateOnly(1965, 8, 1),
                ReadingTime = new TimeOnly(10, 0), InPrint = true, Code = CodeA, Genre = Genre.SciFi, AuthorId = 1, Author = frank,
                Tags = ["classic", "space"], Reviews = [new Review { Id = 1, BookId = 1, Stars = 5, Reviewer = "ann" }, new Review { Id = 2, BookId = 1, Stars = 4, Reviewer = "bob" }],
                InternalNote = "first",
            },
            new Book
            {
                Id = 2, Title = "Emma", Subtitle = "A Novel", Pages = 320, Isbn = 2000, Rating = 3.9, Price = 5.50m,
                Published = new DateTimeOffset(1815, 12, 23, 0, 0, 0, TimeSpan.Zero), ReleaseDate = new DateOnly(1815, 12, 23),
                ReadingTime = new TimeOnly(8, 30), InPrint = true, Code = CodeB, Genre = Genre.Romance, AuthorId = 2, Author = jane,
                Tags = ["classic"], Reviews = [new Review { Id = 3, BookId = 2, Stars = 3, Reviewer = "cy" }],
                InternalNote = "second",
            },
            new Book
            {
                Id = 3, Title = "Neuromancer", Subtitle = "Sprawl One", Pages = null, Isbn = 3000, Rating = 4.1, Price = 12.00m,
                Published = new DateTimeOffset(1984, 7, 1, 0, 0, 0, TimeSpan.Zero), ReleaseDate = new DateOnly(1984, 7, 1),
                ReadingTime = new TimeOnly(7, 15), InPrint = false, Code = CodeC, Genre = Genre.SciFi, AuthorId = null, Author = null,
                Tags = [], Reviews = [],
                InternalNote = "third",
            },
            new Book
            {
                Id = 4, Title = "dune messiah", Subtitle = null, Pages = 256, Isbn = 4000, Rating = 4.0, Price = 8.25m,
                Published = new DateTimeOffset(1969, 10, 1, 0, 0, 0, TimeSpan.Zero), ReleaseDate = new DateOnly(1969, 10, 1),
                ReadingTime = new TimeOnly(6, 0), InPrint = false, Code = CodeD, Genre = Genre.SciFi, AuthorId = 1, Author = frank,
                Tags = ["space", "sequel"], Reviews = [new Review { Id = 4, BookId = 4, Stars = 2, Reviewer = "ann" }],
                InternalNote = "fourth",
            },
        ];
    }
}
