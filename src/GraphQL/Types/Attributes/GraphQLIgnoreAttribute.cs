namespace GraphQL.Types;

/// <summary>Keeps a property, method or enum member out of the schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field, Inherited = false)]
public sealed class GraphQLIgnoreAttribute : Attribute;
