namespace GraphQL.Types;

/// <summary>HotChocolate's <c>Long</c>: a signed 64-bit integer, with the same rules as <c>Int</c> (<see cref="IntegerType{T}"/>).</summary>
public sealed class LongType() : IntegerType<long>("Long", 64);
