namespace GraphQL.Types;

/// <summary>
/// The scalars the engine implements: the spec's five (<see cref="Specified"/>, in every schema) and HotChocolate's
/// extended scalars (<see cref="Extended"/>, in a schema only when it uses them). The instances are shared by all
/// schemas and must not be changed.
/// </summary>
public static partial class BuiltInScalars
{
    // Static initializers run in textual order: the instances first, then the lists built from them.
    // The scalar constructors touch nothing else, so BuiltInDirectives (which reads String and Boolean while it
    // initializes) always sees them set.
    public static StringType String { get; } = new();

    public static IntType Int { get; } = new();

    public static FloatType Float { get; } = new();

    public static BooleanType Boolean { get; } = new();

    public static IdType ID { get; } = new();

    public static DateTimeType DateTime { get; } = new();

    public static DateType Date { get; } = new();

    public static LocalTimeType LocalTime { get; } = new();

    public static UuidType UUID { get; } = new();

    public static LongType Long { get; } = new();

    public static DecimalType Decimal { get; } = new();

    public static UrlType URL { get; } = new();

    /// <summary>String, Int, Float, Boolean and ID: part of every schema.</summary>
    public static IReadOnlyList<ScalarType> Specified { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>DateTime, Date, LocalTime, UUID, Long, Decimal and URL: added to a schema only when used.</summary>
    public static IReadOnlyList<ScalarType> Extended { get; } = [DateTime, Date, LocalTime, UUID, Long, Decimal, URL];

    private static readonly Dictionary<string, ScalarType> ByName = Specified.Concat(Extended).ToDictionary(s => s.Name);

    /// <summary>The built-in scalar with that name, or null.</summary>
    public static ScalarType? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>Whether <paramref name="name"/> is one of the spec's five scalars.</summary>
    public static bool IsSpecified(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";
}
