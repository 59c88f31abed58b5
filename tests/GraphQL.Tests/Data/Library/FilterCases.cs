namespace GraphQL.Tests.Data;

/// <summary>
/// Every filter operation on <see cref="LibraryData"/>: each case's <c>where</c> value and the ids of the books it
/// matches. Every case matches some books and not others, so each operation is checked both ways. Run in memory
/// (GraphQL.Tests) and in SQL over PostgreSQL (Data.Tests).
/// </summary>
public static class FilterCases
{
    public static TheoryData<string, int[]> All => new()
    {
        // StringOperationFilterInput
        { "{ title: { eq: \"Dune\" } }", [1] },
        { "{ title: { neq: \"Dune\" } }", [2, 3, 4] },
        { "{ subtitle: { eq: null } }", [1, 4] },
        { "{ subtitle: { neq: null } }", [2, 3] },
        { "{ title: { contains: \"un\" } }", [1, 4] },
        { "{ title: { ncontains: \"un\" } }", [2, 3] },
        { "{ subtitle: { contains: \"Novel\" } }", [2] },
        { "{ subtitle: { ncontains: \"Novel\" } }", [1, 3, 4] },
        { "{ title: { in: [\"Dune\", \"Emma\", \"Missing\"] } }", [1, 2] },
        { "{ title: { nin: [\"Dune\", \"Emma\"] } }", [3, 4] },
        { "{ subtitle: { in: [\"A Novel\", null] } }", [1, 2, 4] },
        { "{ title: { startsWith: \"D\" } }", [1] },
        { "{ title: { nstartsWith: \"D\" } }", [2, 3, 4] },
        { "{ title: { endsWith: \"er\" } }", [3] },
        { "{ title: { nendsWith: \"er\" } }", [1, 2, 4] },
        { "{ title: { and: [{ startsWith: \"D\" }, { endsWith: \"e\" }] } }", [1] },
        { "{ title: { or: [{ eq: \"Emma\" }, { endsWith: \"ah\" }] } }", [2, 4] },
        // case-insensitive string operations
        { "{ title: { eqIgnoreCase: \"DUNE\" } }", [1] },
        { "{ title: { neqIgnoreCase: \"dUNE\" } }", [2, 3, 4] },
        { "{ title: { containsIgnoreCase: \"DUNE\" } }", [1, 4] },
        { "{ title: { ncontainsIgnoreCase: \"DUNE\" } }", [2, 3] },
        { "{ title: { startsWithIgnoreCase: \"dune\" } }", [1, 4] },
        { "{ title: { nstartsWithIgnoreCase: \"DUNE\" } }", [2, 3] },
        { "{ title: { endsWithIgnoreCase: \"MESSIAH\" } }", [4] },
        { "{ title: { nendsWithIgnoreCase: \"MESSIAH\" } }", [1, 2, 3] },
        { "{ subtitle: { containsIgnoreCase: \"sprawl\" } }", [3] },
        { "{ subtitle: { ncontainsIgnoreCase: \"SPRAWL\" } }", [1, 2, 4] },
        // IntOperationFilterInput on a nullable property (book 3 has no page count)
        { "{ pages: { eq: 320 } }", [2] },
        { "{ pages: { neq: 320 } }", [1, 3, 4] },
        { "{ pages: { eq: null } }", [3] },
        { "{ pages: { neq: null } }", [1, 2, 4] },
        { "{ pages: { in: [412, 256] } }", [1, 4] },
        { "{ pages: { nin: [412, 256] } }", [2, 3] },
        { "{ pages: { gt: 320 } }", [1] },
        { "{ pages: { ngt: 320 } }", [2, 3, 4] },
        { "{ pages: { gte: 320 } }", [1, 2] },
        { "{ pages: { ngte: 320 } }", [3, 4] },
        { "{ pages: { lt: 320 } }", [4] },
        { "{ pages: { nlt: 320 } }", [1, 2, 3] },
        { "{ pages: { lte: 320 } }", [2, 4] },
        { "{ pages: { nlte: 320 } }", [1, 3] },
        { "{ pages: { gt: 250, lt: 400 } }", [2, 4] },
        // IntOperationFilterInput on a non-null property
        { "{ id: { in: [1, 3] } }", [1, 3] },
        { "{ id: { eq: null } }", [] },
        { "{ id: { neq: null } }", [1, 2, 3, 4] },
        { "{ id: { in: [2, null] } }", [2] },
        // LongOperationFilterInput
        { "{ isbn: { eq: 2000 } }", [2] },
        { "{ isbn: { gt: 1500, ngte: 4000 } }", [2, 3] },
        { "{ isbn: { nlt: 3000, lte: 4000 } }", [3, 4] },
        { "{ isbn: { nin: [1000, 4000] } }", [2, 3] },
        // FloatOperationFilterInput
        { "{ rating: { gte: 4.1 } }", [1, 3] },
        { "{ rating: { lt: 4 } }", [2] },
        { "{ rating: { ngte: 4.5, ngt: 4.0 } }", [2, 4] },
        // DecimalOperationFilterInput
        { "{ price: { gt: 9 } }", [1, 3] },
        { "{ price: { nlte: 8.25 } }", [1, 3] },
        { "{ price: { in: [5.5, 8.25] } }", [2, 4] },
        // DateTimeOperationFilterInput
        { "{ published: { lt: \"1966-01-01T00:00:00Z\" } }", [1, 2] },
        { "{ published: { gte: \"1969-10-01T00:00:00Z\" } }", [3, 4] },
        { "{ published: { eq: \"1965-08-01T02:00:00+02:00\" } }", [1] },
        { "{ published: { nlte: \"1969-10-01T00:00:00Z\" } }", [3] },
        // DateOperationFilterInput
        { "{ releaseDate: { eq: \"1965-08-01\" } }", [1] },
        { "{ releaseDate: { gt: \"1969-10-01\" } }", [3] },
        { "{ releaseDate: { nin: [\"1965-08-01\", \"1984-07-01\"] } }", [2, 4] },
        // LocalTimeOperationFilterInput
        { "{ readingTime: { lt: \"08:00:00\" } }", [3, 4] },
        { "{ readingTime: { ngt: \"08:30:00\", neq: \"06:00:00\" } }", [2, 3] },
        // BooleanOperationFilterInput
        { "{ inPrint: { eq: true } }", [1, 2] },
        { "{ inPrint: { neq: true } }", [3, 4] },
        // UuidOperationFilterInput
        { "{ code: { eq: \"20000000-0000-0000-0000-000000000002\" } }", [2] },
        { "{ code: { neq: \"20000000-0000-0000-0000-000000000002\" } }", [1, 3, 4] },
        { "{ code: { in: [\"10000000-0000-0000-0000-000000000001\", \"40000000-0000-0000-0000-000000000004\"] } }", [1, 4] },
        { "{ code: { gt: \"20000000-0000-0000-0000-000000000002\" } }", [3, 4] },
        { "{ code: { lte: \"20000000-0000-0000-0000-000000000002\" } }", [1, 2] },
        // GenreOperationFilterInput
        { "{ genre: { eq: SCI_FI } }", [1, 3, 4] },
        { "{ genre: { neq: SCI_FI } }", [2] },
        { "{ genre: { in: [ROMANCE] } }", [2] },
        { "{ genre: { nin: [ROMANCE] } }", [1, 3, 4] },
        // nested objects (book 3 has no author)
        { "{ author: { name: { eq: \"Frank Herbert\" } } }", [1, 4] },
        { "{ author: { born: { lt: 1800 } } }", [2] },
        { "{ author: { name: { neq: \"Frank Herbert\" } } }", [2] },
        // ListStringOperationFilterInput (book 3 has no tags)
        { "{ tags: { some: { eq: \"space\" } } }", [1, 4] },
        { "{ tags: { all: { eq: \"classic\" } } }", [2, 3] },
        { "{ tags: { none: { eq: \"classic\" } } }", [3, 4] },
        { "{ tags: { any: true } }", [1, 2, 4] },
        { "{ tags: { any: false } }", [3] },
        // ListFilterInputTypeOfReviewFilterInput (book 3 has no reviews)
        { "{ reviews: { some: { stars: { gte: 4 } } } }", [1] },
        { "{ reviews: { all: { stars: { gte: 3 } } } }", [1, 2, 3] },
        { "{ reviews: { none: { reviewer: { eq: \"ann\" } } } }", [2, 3] },
        { "{ reviews: { any: false } }", [3] },
        { "{ reviews: { some: { reviewer: { eq: \"ann\" }, stars: { lt: 3 } } } }", [4] },
        // and / or, and conditions of one object combined with AND
        { "{ genre: { eq: SCI_FI }, inPrint: { eq: true } }", [1] },
        { "{ and: [{ genre: { eq: SCI_FI } }, { inPrint: { eq: false } }] }", [3, 4] },
        { "{ or: [{ title: { eq: \"Emma\" } }, { pages: { eq: null } }] }", [2, 3] },
        { "{ or: [{ and: [{ genre: { eq: SCI_FI } }, { pages: { gt: 300 } }] }, { author: { name: { startsWith: \"Jane\" } } }] }", [1, 2] },
        // no condition: an empty filter, an empty operation object, null fields, an or with an empty item
        { "{ }", [1, 2, 3, 4] },
        { "{ title: { } }", [1, 2, 3, 4] },
        { "{ title: null, author: null }", [1, 2, 3, 4] },
        { "{ or: [{ }, { title: { eq: \"Emma\" } }] }", [1, 2, 3, 4] },
    };
}
