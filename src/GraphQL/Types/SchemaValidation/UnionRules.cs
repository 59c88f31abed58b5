namespace GraphQL.Types;

/// <summary>A union has one or more member types, each an object type of the schema, listed once (spec 3.8).</summary>
internal static class UnionRules
{
    public static void Validate(SchemaValidationContext context, UnionType union)
    {
        if (union.Types.Count == 0)
        {
            context.Report($"Union type \"{union.Name}\" must include one or more member types.");
        }
        var seen = new HashSet<string>();
        foreach (var member in union.Types)
        {
            context.CheckTypeReference(member, $"union type \"{union.Name}\"");
            if (!seen.Add(member.Name))
            {
                context.Report($"Union type \"{union.Name}\" includes member type \"{member.Name}\" more than once.");
            }
        }
    }
}
