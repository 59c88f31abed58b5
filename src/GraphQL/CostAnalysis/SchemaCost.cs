using System.Reflection;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.CostAnalysis;

/// <summary>What the schema builders do for cost analysis once their types are made.</summary>
internal static class SchemaCost
{
    /// <summary>HotChocolate's weight for a field whose resolver is not pure (async, or with services, DataLoaders, middleware).</summary>
    public const double DefaultResolverCost = 10;

    /// <summary>
    /// Code-first: the member's <c>[ListSize]</c> (replacing the one <c>[UsePaging]</c> gave) and its <c>[Cost]</c>,
    /// or, without <c>[Cost]</c>, <c>@cost(weight: "10")</c> when the resolver is not pure.
    /// </summary>
    public static void ApplyAttributes(OutputField field, MemberInfo member, bool isPureResolver)
    {
        if (member.GetCustomAttribute<ListSizeAttribute>(inherit: true) is { } listSize)
        {
            field.Directives.RemoveAll(directive => directive.Name.Value == ListSizeDirective.Name);
            field.Directives.Add(ListSizeDirective.ToNode(listSize.ToListSize()));
        }
        if (member.GetCustomAttribute<CostAttribute>(inherit: true) is { } cost)
        {
            field.Directives.Add(CostDirective.ToNode(cost.Weight));
        }
        else if (!isPureResolver)
        {
            field.Directives.Add(CostDirective.ToNode(DefaultResolverCost));
        }
    }

    /// <summary>
    /// Checks every applied <c>@cost</c> and <c>@listSize</c>: a weight that is a number, slicing arguments that are
    /// <c>Int</c> arguments of the field, sized fields that are fields of its type. Each problem adds an error.
    /// </summary>
    public static void Validate(IEnumerable<NamedType> types, List<string> errors)
    {
        foreach (var type in types)
        {
            CheckWeights(type.Directives, $"type \"{type.Name}\"", errors);
            if (type is not ComplexType complex)
            {
                continue;
            }
            foreach (var field in complex.Fields)
            {
                var element = $"field \"{complex.Name}.{field.Name}\"";
                CheckWeights(field.Directives, element, errors);
                foreach (var argument in field.Arguments)
                {
                    CheckWeights(argument.Directives, $"argument \"{complex.Name}.{field.Name}({argument.Name}:)\"", errors);
                }
                CheckListSizes(field, element, errors);
            }
        }
    }

    /// <summary>
    /// Puts the <c>@cost</c> and <c>@listSize</c> definitions in <paramref name="directives"/> when the schema applies
    /// either, or defines a directive of either name (which they replace).
    /// </summary>
    public static void AddDirectiveDefinitions(List<DirectiveDefinition> directives, IEnumerable<NamedType> types)
    {
        var defined = directives.RemoveAll(directive => directive.Name is CostDirective.Name or ListSizeDirective.Name) > 0;
        if (defined || types.Any(AppliesDirective))
        {
            directives.Add(CostDirective.Definition);
            directives.Add(ListSizeDirective.Definition);
        }
    }

    private static void CheckWeights(List<DirectiveNode> directives, string element, List<string> errors)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == CostDirective.Name && !CostDirective.TryRead(directive, out _, out var problem))
            {
                errors.Add($"Directive \"@{CostDirective.Name}\" on {element} {problem}");
            }
        }
    }

    private static void CheckListSizes(OutputField field, string element, List<string> errors)
    {
        foreach (var directive in field.Directives)
        {
            if (directive.Name.Value != ListSizeDirective.Name)
            {
                continue;
            }
            if (!ListSizeDirective.TryRead(directive, out var listSize, out var problem))
            {
                errors.Add($"Directive \"@{ListSizeDirective.Name}\" on {element} {problem}");
                continue;
            }
            foreach (var name in listSize.SlicingArguments)
            {
                if (field.Arguments.Find(name)?.Type.NamedType() is not ScalarType { Name: "Int" })
                {
                    errors.Add($"Directive \"@{ListSizeDirective.Name}\" on {element} names the slicing argument \"{name}\", but the field has no Int argument of that name.");
                }
            }
            var returned = field.Type.NamedType() as ComplexType;
            foreach (var name in listSize.SizedFields)
            {
                if (returned?.Fields.Find(name) is null)
                {
                    errors.Add($"Directive \"@{ListSizeDirective.Name}\" on {element} names the sized field \"{name}\", but the field's type has no field of that name.");
                }
            }
        }
    }

    private static bool AppliesDirective(NamedType type) =>
        IsApplied(type.Directives) ||
        (type is ComplexType complex && complex.Fields.Any(field =>
            IsApplied(field.Directives) || field.Arguments.Any(argument => IsApplied(argument.Directives))));

    private static bool IsApplied(List<DirectiveNode> directives) =>
        directives.Exists(directive => directive.Name.Value is CostDirective.Name or ListSizeDirective.Name);
}
