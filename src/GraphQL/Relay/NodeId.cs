namespace GraphQL.Relay;

/// <summary>A parsed global id: the GraphQL type the object belongs to and its id inside that type.</summary>
/// <param name="TypeName">The name of the object type, e.g. <c>User</c>.</param>
/// <param name="InternalId">The raw id: a <see cref="string"/>, <see cref="short"/>, <see cref="int"/>, <see cref="long"/> or <see cref="Guid"/>.</param>
public readonly record struct NodeId(string TypeName, object InternalId);
