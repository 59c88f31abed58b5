using GraphQL.Types;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;

namespace GraphQL.Tests.CodeFirst;

public sealed class NullabilityAndScalarTests
{
    private static readonly Schema Schema = BuildSchema(b => b.AddQueryType(typeof(ShapesQuery)));

    [Theory]
    [InlineData("text", "String!")]
    [InlineData("maybeText", "String")]
    [InlineData("number", "Int!")]
    [InlineData("maybeNumber", "Int")]
    [InlineData("numbers", "[Int]!")]
    [InlineData("maybeTexts", "[String!]")]
    [InlineData("array", "[String]!")]
    [InlineData("nested", "[[Long!]!]!")]
    [InlineData("taskText", "String")]
    [InlineData("valueTaskNumber", "Int!")]
    [InlineData("taskList", "[Guid2!]!")]
    public void Nullable_annotations_decide_non_null(string field, string expectedType)
    {
        Assert.Equal(expectedType, Schema.FieldType("Shapes", field));
    }

    [Theory]
    [InlineData("string", "String!")]
    [InlineData("int", "Int!")]
    [InlineData("short", "Int!")]
    [InlineData("byte", "Int!")]
    [InlineData("long", "Long!")]
    [InlineData("float", "Float!")]
    [InlineData("double", "Float!")]
    [InlineData("decimal", "Decimal!")]
    [InlineData("bool", "Boolean!")]
    [InlineData("guid", "UUID!")]
    [InlineData("dateTimeOffset", "DateTime!")]
    [InlineData("dateTime", "DateTime!")]
    [InlineData("dateOnly", "Date!")]
    [InlineData("timeOnly", "LocalTime!")]
    [InlineData("uri", "URL!")]
    public void CLR_types_map_to_scalars(string field, string expectedType)
    {
        Assert.Equal(expectedType, Schema.FieldType("Scalars", field));
    }

    [Fact]
    public void Only_the_extended_scalars_in_use_are_in_the_schema()
    {
        var schema = BuildSchema(b => b.AddQueryType(typeof(SmallQuery)));

        Assert.NotNull(schema.FindType("Long"));
        Assert.Null(schema.FindType("UUID"));
    }

    [Theory]
    [InlineData("required", "String!")]
    [InlineData("optional", "String")]
    [InlineData("count", "Int!")]
    [InlineData("maybeCount", "Int")]
    [InlineData("names", "[String]!")]
    public void Argument_nullability_follows_the_parameters(string argument, string expectedType)
    {
        Assert.Equal(expectedType, Schema.Argument("Query", "withArguments", argument).Type.Print());
    }

    public sealed class Shapes
    {
        public string Text => "";

        public string? MaybeText => null;

        public int Number => 0;

        public int? MaybeNumber => null;

        public List<int?> Numbers => [];

        public List<string>? MaybeTexts => null;

        public string?[] Array => [];

        public IEnumerable<IReadOnlyList<long>> Nested => [];

        public Task<string?> TaskText() => Task.FromResult<string?>(null);

        public ValueTask<int> ValueTaskNumber() => ValueTask.FromResult(0);

        public Task<IReadOnlyList<Guid2>> TaskList() => Task.FromResult<IReadOnlyList<Guid2>>([]);
    }

    /// <summary>An object type named like a scalar's CLR type, to show classes are not mistaken for scalars.</summary>
    public sealed class Guid2
    {
        public Guid Value => Guid.Empty;
    }

    public sealed class Scalars
    {
        public string String => "";

        public int Int => 0;

        public short Short => 0;

        public byte Byte => 0;

        public long Long => 0;

        public float Float => 0;

        public double Double => 0;

        public decimal Decimal => 0;

        public bool Bool => false;

        public Guid Guid => Guid.Empty;

        public DateTimeOffset DateTimeOffset => default;

        public DateTime DateTime => default;

        public DateOnly DateOnly => default;

        public TimeOnly TimeOnly => default;

        public Uri Uri => new("https://example.com");
    }

    [QueryType]
    public static class ShapesQuery
    {
        public static Shapes Shapes() => new();

        public static Scalars Scalars() => new();

        public static string WithArguments(string required, string? optional, int count, int? maybeCount, List<string?> names) => "";
    }

    [QueryType]
    public static class SmallQuery
    {
        public static long Total() => 0;
    }
}
