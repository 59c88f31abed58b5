using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>Root operation types belong to the schema and are different types (spec 3.3.1).</summary>
internal static class RootTypeRules
{
    public static void Validate(SchemaValidationContext context)
    {
        var schema = context.Schema;
        var roots = new List<(OperationType Operation, ObjectType Type)> { (OperationType.Query, schema.QueryType) };
        if (schema.MutationType is not null)
        {
            roots.Add((OperationType.Mutation, schema.MutationType));
        }
        if (schema.SubscriptionType is not null)
        {
            roots.Add((OperationType.Subscription, schema.SubscriptionType));
        }

        for (var i = 0; i < roots.Count; i++)
        {
            var (operation, type) = roots[i];
            context.CheckTypeReference(type, $"the {Name(operation)} root operation");
            for (var j = 0; j < i; j++)
            {
                if (roots[j].Type.Name == type.Name)
                {
                    context.Report($"The {Name(roots[j].Operation)} and {Name(operation)} root operations both use type \"{type.Name}\"; "
                        + "root operation types must be different types.");
                }
            }
        }
    }

    private static string Name(OperationType operation) => operation.ToString().ToLowerInvariant();
}
