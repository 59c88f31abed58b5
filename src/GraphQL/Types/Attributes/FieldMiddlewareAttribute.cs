namespace GraphQL.Types;

/// <summary>
/// Base class of attributes that shape a code-first field and wrap its resolver (<c>[UsePaging]</c>,
/// <c>[UseFiltering]</c>, <c>[UseSorting]</c>…). The code-first builder calls <see cref="Configure"/> once per field,
/// at build time, on the field made from the member the attribute is on.
/// </summary>
/// <remarks>
/// Several attributes on one member compose like HotChocolate's: the first declared is the outermost, so for
/// <c>[UsePaging] [UseFiltering] [UseSorting]</c> paging receives the filtered, sorted result. Reflection does not
/// keep attribute order, so a derived attribute takes <c>[CallerLineNumber] int order = 0</c> in its constructor and
/// passes it on; attributes are configured in ascending <see cref="Order"/>.
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public abstract class FieldMiddlewareAttribute(int order) : Attribute
{
    /// <summary>The attribute's position among the member's middleware attributes (its source line).</summary>
    public int Order { get; } = order;

    /// <summary>Changes the field (type, arguments) and registers resolver middleware with <see cref="FieldMiddlewareContext.Use"/>.</summary>
    public abstract void Configure(FieldMiddlewareContext context);
}
