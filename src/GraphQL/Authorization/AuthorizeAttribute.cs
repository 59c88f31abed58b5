namespace GraphQL.Authorization;

/// <summary>
/// Code-first <c>@authorize</c>: on a method or property, the field requires an authorized user; on a class, every
/// field of what the class defines does. For an entity class that is every field of its object type (extension
/// fields included); for an <c>[ObjectType&lt;T&gt;]</c> extension or a <c>[QueryType]</c>, <c>[MutationType]</c> or
/// <c>[SubscriptionType]</c> class, the fields that class contributes. Several attributes must all pass.
/// </summary>
/// <example><c>[Authorize]</c>, <c>[Authorize("CanPublish")]</c>, <c>[Authorize(Roles = new[] { "admin" })]</c>.</example>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Property,
    AllowMultiple = true,
    Inherited = true)]
public sealed class AuthorizeAttribute : Attribute
{
    /// <summary>Requires a signed-in user.</summary>
    public AuthorizeAttribute()
    {
    }

    /// <summary>Requires a signed-in user whom the named policy allows.</summary>
    public AuthorizeAttribute(string policy)
    {
        Policy = policy;
    }

    /// <summary>The name of the policy that must allow the user.</summary>
    public string? Policy { get; set; }

    /// <summary>The roles of which the user must have at least one.</summary>
    public string[]? Roles { get; set; }
}
