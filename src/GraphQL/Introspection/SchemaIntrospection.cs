using GraphQL.Types;
using GraphQL.Types.Printing;

namespace GraphQL.Introspection;

/// <summary><c>__Schema</c>: its parent value is the <see cref="Types.Schema"/> itself.</summary>
internal static class SchemaIntrospection
{
    public static void Define(ObjectType schemaType, ObjectType typeType, ObjectType directiveType)
    {
        schemaType.Description =
            "A GraphQL schema describes what a server can do: every type and directive it supports, and the root " +
            "types that query, mutation and subscription operations start from.";
        var fields = schemaType.Fields;
        fields.Add(new OutputField("description", BuiltInScalars.String)
        {
            Description = "A description of the schema as a whole.",
            Resolver = IntrospectionResolvers.Read<Schema>(schema => schema.Description),
        });
        fields.Add(new OutputField("types", TypeRefs.NonNullListOf(typeType))
        {
            Description = "Every named type the schema contains.",
            Resolver = context => new ValueTask<object?>(SchemaOrder.For(context.Schema).Types),
        });
        fields.Add(new OutputField("queryType", new NonNullType(typeType))
        {
            Description = "The root type of query operations.",
            Resolver = IntrospectionResolvers.Read<Schema>(schema => schema.QueryType),
        });
        fields.Add(new OutputField("mutationType", typeType)
        {
            Description = "The root type of mutation operations, or null when the schema has no mutations.",
            Resolver = IntrospectionResolvers.Read<Schema>(schema => schema.MutationType),
        });
        fields.Add(new OutputField("subscriptionType", typeType)
        {
            Description = "The root type of subscription operations, or null when the schema has no subscriptions.",
            Resolver = IntrospectionResolvers.Read<Schema>(schema => schema.SubscriptionType),
        });
        fields.Add(new OutputField("directives", TypeRefs.NonNullListOf(directiveType))
        {
            Description = "Every directive the schema supports, the built-in ones included.",
            Resolver = context => new ValueTask<object?>(SchemaOrder.For(context.Schema).Directives),
        });
    }
}
