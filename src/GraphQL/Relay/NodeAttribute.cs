namespace GraphQL.Relay;

/// <summary>
/// Makes the object type of the class (or of the entity an <c>[ObjectType&lt;T&gt;]</c> class extends) a Relay node:
/// it implements <c>Node</c>, its <c>id</c> field becomes <c>ID!</c> and returns the global id, and
/// <c>node(id:)</c> fetches it through its <see cref="NodeResolverAttribute">[NodeResolver]</see> method. Needs
/// <c>AddGlobalObjectIdentification()</c> on the schema builder.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NodeAttribute : Attribute;
