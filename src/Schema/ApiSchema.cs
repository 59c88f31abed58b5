using GraphQL.Relay;
using GraphQL.Types;

namespace GraphApi.Schema;

/// <summary>GraphApi's GraphQL schema, built code-first from the attributed classes of this assembly.</summary>
public static class ApiSchema
{
    /// <summary>
    /// Builds the schema: every <c>[QueryType]</c>, <c>[MutationType]</c>, <c>[SubscriptionType]</c> and
    /// <c>[ObjectType&lt;T&gt;]</c> class of this assembly, and the types their fields reach, with Relay's global object
    /// identification (<c>node</c>, <c>nodes</c>, <c>[Node]</c> types, <c>[ID]</c> values as global ids). Building compiles every
    /// resolver, so the server does it once; the result is immutable and thread-safe.
    /// </summary>
    /// <exception cref="SchemaException">A class breaks the code-first conventions or the type system rules.</exception>
    /// <param name="relay">The limits of <c>nodes(ids:)</c>; HotChocolate's defaults when null.</param>
    public static GraphQL.Types.Schema Create(GlobalObjectIdentificationOptions? relay = null) =>
        SchemaBuilder.New()
            .AddTypesFromAssembly(typeof(ApiSchema).Assembly)
            .AddGlobalObjectIdentification(relay)
            .Build();
}
