namespace GraphQL.Relay;

/// <summary>
/// Marks the public static method that fetches a node by its raw id, on the node class or on an
/// <c>[ObjectType&lt;T&gt;]</c> class that extends it. Its one GraphQL-argument parameter receives the raw id (a
/// string, short, int, long or Guid); its other parameters are injected like a resolver's (services, DataLoaders,
/// the <c>CancellationToken</c>…). It returns the object, or null when there is none. It is not a field.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class NodeResolverAttribute : Attribute;
