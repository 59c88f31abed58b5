namespace GraphQL.Types;

/// <summary>Marks a class that adds resolver fields to the GraphQL object type of an entity; see <see cref="ObjectTypeAttribute{T}"/>.</summary>
public abstract class ObjectTypeAttribute : Attribute
{
    /// <summary>The entity whose object type receives the fields.</summary>
    public abstract Type EntityType { get; }
}

/// <summary>
/// The class's methods and properties become fields of the object type of <typeparamref name="T"/>.
/// A parameter marked <see cref="ParentAttribute"/> receives the entity being resolved.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ObjectTypeAttribute<T> : ObjectTypeAttribute
{
    public override Type EntityType => typeof(T);
}
