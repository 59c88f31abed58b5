using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// Directives applied to the schema and its elements are defined, allowed at that location, not repeated unless
/// repeatable, and given exactly the arguments they define (required ones included). The built-in directives the model
/// keeps as properties (<c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>) count as applied once when set.
/// </summary>
internal static class AppliedDirectiveRules
{
    public static void Validate(SchemaValidationContext context)
    {
        Check(context, context.Schema.SchemaDirectives, DirectiveLocation.Schema, "the schema", appliedAsProperty: null);
        foreach (var type in context.Schema.Types)
        {
            ValidateType(context, type);
        }
        foreach (var directive in context.Schema.Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                var element = $"directive argument \"{SchemaCoordinates.DirectiveArgument(directive, argument)}\"";
                Check(context, argument.Directives, DirectiveLocation.ArgumentDefinition, element, Deprecated(argument.IsDeprecated));
            }
        }
    }

    private static void ValidateType(SchemaValidationContext context, NamedType type)
    {
        var element = $"{TypeKindNames.Name(type.Kind)} \"{type.Name}\"";
        switch (type)
        {
            case ScalarType scalar:
                Check(context, scalar.Directives, DirectiveLocation.Scalar, element, scalar.SpecifiedByUrl is null ? null : "specifiedBy");
                break;
            case ComplexType complex:
                var location = complex is ObjectType ? DirectiveLocation.Object : DirectiveLocation.Interface;
                Check(context, complex.Directives, location, element, appliedAsProperty: null);
                foreach (var field in complex.Fields)
                {
                    var fieldElement = $"field \"{SchemaCoordinates.Field(complex, field)}\"";
                    Check(context, field.Directives, DirectiveLocation.FieldDefinition, fieldElement, Deprecated(field.IsDeprecated));
                    foreach (var argument in field.Arguments)
                    {
                        var argumentElement = $"argument \"{SchemaCoordinates.Argument(complex, field, argument)}\"";
                        Check(context, argument.Directives, DirectiveLocation.ArgumentDefinition, argumentElement, Deprecated(argument.IsDeprecated));
                    }
                }
                break;
            case UnionType union:
                Check(context, union.Directives, DirectiveLocation.Union, element, appliedAsProperty: null);
                break;
            case EnumType enumType:
                Check(context, enumType.Directives, DirectiveLocation.Enum, element, appliedAsProperty: null);
                foreach (var value in enumType.Values)
                {
                    var valueElement = $"enum value \"{SchemaCoordinates.EnumValue(enumType, value)}\"";
                    Check(context, value.Directives, DirectiveLocation.EnumValue, valueElement, Deprecated(value.IsDeprecated));
                }
                break;
            case InputObjectType inputObject:
                Check(context, inputObject.Directives, DirectiveLocation.InputObject, element, inputObject.IsOneOf ? "oneOf" : null);
                foreach (var field in inputObject.Fields)
                {
                    var fieldElement = $"input field \"{SchemaCoordinates.InputField(inputObject, field)}\"";
                    Check(context, field.Directives, DirectiveLocation.InputFieldDefinition, fieldElement, Deprecated(field.IsDeprecated));
                }
                break;
        }
    }

    private static string? Deprecated(bool isDeprecated) => isDeprecated ? "deprecated" : null;

    /// <summary>Checks the directives applied to one element; <paramref name="appliedAsProperty"/> names the built-in directive a model property already applies, if any.</summary>
    private static void Check(
        SchemaValidationContext context, IReadOnlyList<DirectiveNode> directives, DirectiveLocation location, string element, string? appliedAsProperty)
    {
        if (directives.Count == 0)
        {
            return;
        }
        var seen = new HashSet<string>();
        if (appliedAsProperty is not null)
        {
            seen.Add(appliedAsProperty);
        }
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            var definition = context.Schema.FindDirective(name);
            if (definition is null)
            {
                context.Report($"Unknown directive \"@{name}\" on {element}.");
                continue;
            }
            if (!definition.Locations.Contains(location))
            {
                context.Report($"Directive \"@{name}\" may not be used on {location.ToGraphQLName()} ({element}).");
            }
            if (!seen.Add(name) && !definition.IsRepeatable)
            {
                context.Report($"Directive \"@{name}\" is not repeatable but is used more than once on {element}.");
            }
            CheckArguments(context, directive, definition, element);
        }
    }

    private static void CheckArguments(SchemaValidationContext context, DirectiveNode directive, DirectiveDefinition definition, string element)
    {
        foreach (var argument in directive.Arguments)
        {
            if (!definition.Arguments.Contains(argument.Name.Value))
            {
                context.Report($"Directive \"@{definition.Name}\" on {element} has no argument named \"{argument.Name.Value}\".");
            }
        }
        foreach (var argument in definition.Arguments)
        {
            if (argument.IsRequired && directive.Arguments.FindByName(argument.Name) is null)
            {
                context.Report($"Directive \"@{definition.Name}\" on {element} requires argument \"{argument.Name}\" of type \"{argument.Type.Print()}\".");
            }
        }
    }
}
