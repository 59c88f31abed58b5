namespace GraphQL.Types;

/// <summary>The spec's <c>Int</c>: a signed 32-bit integer (rules in <see cref="IntegerType{T}"/>).</summary>
public sealed class IntType() : IntegerType<int>("Int", 32);
