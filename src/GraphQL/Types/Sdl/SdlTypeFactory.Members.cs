using GraphQL.Language;
using GraphQL.Types.Conversion;

namespace GraphQL.Types;

/// <summary>The members of types: fields, arguments, interfaces, union members, enum values, input fields, directives.</summary>
internal sealed partial class SdlTypeFactory
{
    /// <summary>Adds what a definition or an extension contributes to <paramref name="type"/> (of the same kind).</summary>
    private void AddMembers(ITypeDefinitionNode node, NamedType type)
    {
        switch (node, type)
        {
            case (IComplexTypeNode complexNode, ComplexType complex):
                AddInterfaces(complex, complexNode.Interfaces);
                AddFields(complex, complexNode.Fields);
                break;
            case (UnionTypeDefinitionNode unionNode, UnionType union):
                AddUnionMembers(union, unionNode.Types);
                break;
            case (UnionTypeExtensionNode unionNode, UnionType union):
                AddUnionMembers(union, unionNode.Types);
                break;
            case (EnumTypeDefinitionNode enumNode, EnumType enumType):
                AddEnumValues(enumType, enumNode.Values);
                break;
            case (EnumTypeExtensionNode enumNode, EnumType enumType):
                AddEnumValues(enumType, enumNode.Values);
                break;
            case (InputObjectTypeDefinitionNode inputNode, InputObjectType inputObject):
                AddInputValues(inputObject.Fields, inputNode.Fields, "Input field", field => $"{type.Name}.{field}");
                break;
            case (InputObjectTypeExtensionNode inputNode, InputObjectType inputObject):
                AddInputValues(inputObject.Fields, inputNode.Fields, "Input field", field => $"{type.Name}.{field}");
                break;
        }
        var description = node switch
        {
            ScalarTypeDefinitionNode scalar => scalar.Description,
            ObjectTypeDefinitionNode objectNode => objectNode.Description,
            InterfaceTypeDefinitionNode interfaceNode => interfaceNode.Description,
            UnionTypeDefinitionNode union => union.Description,
            EnumTypeDefinitionNode enumNode => enumNode.Description,
            InputObjectTypeDefinitionNode input => input.Description,
            _ => null,
        };
        if (description is not null)
        {
            type.Description = description.Value;
        }
        AddTypeDirectives(type, node.Directives);
    }

    private void AddTypeDirectives(NamedType type, IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (type is ScalarType scalar && name == BuiltInDirectives.SpecifiedBy.Name
                && SdlDirectives.StringArgument(directive, "url") is { } url && _specifiedByFromSdl.Add(scalar.Name))
            {
                scalar.SpecifiedByUrl = url;
            }
            else if (type is InputObjectType { IsOneOf: false } inputObject && name == BuiltInDirectives.OneOf.Name)
            {
                inputObject.IsOneOf = true;
            }
            else if (!type.Directives.Contains(directive))
            {
                // A registered scalar outlives one Build; the same node is not added twice.
                type.Directives.Add(directive);
            }
        }
    }

    private void AddInterfaces(ComplexType type, IReadOnlyList<NamedTypeNode> names) => AddNamedTypes(
        type.Interfaces, names, $"the interfaces of \"{type.Name}\"",
        other => $"Type \"{type.Name}\" cannot implement \"{other.Name}\": it is {TypeKindNames.WithArticle(other.Kind)}, not an interface.");

    private void AddUnionMembers(UnionType union, IReadOnlyList<NamedTypeNode> names) => AddNamedTypes(
        union.Types, names, $"union type \"{union.Name}\"",
        other => $"Union type \"{union.Name}\" can only include object types, but \"{other.Name}\" is {TypeKindNames.WithArticle(other.Kind)}.");

    /// <summary>Adds the types <paramref name="names"/> name to <paramref name="target"/>; a type of another kind is reported with <paramref name="wrongKind"/>.</summary>
    private void AddNamedTypes<T>(List<T> target, IReadOnlyList<NamedTypeNode> names, string usedBy, Func<NamedType, string> wrongKind)
        where T : NamedType
    {
        foreach (var name in names)
        {
            switch (FindNamedType(name.Name.Value))
            {
                case T type:
                    target.Add(type);
                    break;
                case { } other:
                    errors.Add(wrongKind(other));
                    break;
                default:
                    ReportUnknownType(name.Name.Value, usedBy);
                    break;
            }
        }
    }

    private void AddFields(ComplexType type, IReadOnlyList<FieldDefinitionNode> nodes)
    {
        foreach (var node in nodes)
        {
            var coordinate = $"{type.Name}.{node.Name.Value}";
            if (type.Fields.Contains(node.Name.Value))
            {
                errors.Add($"Field \"{coordinate}\" is defined more than once.");
                continue;
            }
            if (!TryResolveType(node.Type, $"field \"{coordinate}\"", out var fieldType))
            {
                continue;
            }
            var field = new OutputField(node.Name.Value, fieldType) { Description = node.Description?.Value };
            field.DeprecationReason = SdlDirectives.TakeDeprecation(node.Directives, field.Directives);
            AddInputValues(field.Arguments, node.Arguments, "Argument", argument => $"{coordinate}({argument}:)");
            type.Fields.Add(field);
        }
    }

    /// <summary>Adds arguments or input fields; <paramref name="element"/> and <paramref name="coordinate"/> name them in errors.</summary>
    private void AddInputValues(
        NamedCollection<InputField> target, IReadOnlyList<InputValueDefinitionNode> nodes, string element, Func<string, string> coordinate)
    {
        foreach (var node in nodes)
        {
            var where = coordinate(node.Name.Value);
            if (target.Contains(node.Name.Value))
            {
                errors.Add($"{element} \"{where}\" is defined more than once.");
                continue;
            }
            if (!TryResolveType(node.Type, $"{element.ToLowerInvariant()} \"{where}\"", out var valueType))
            {
                continue;
            }
            var value = new InputField(node.Name.Value, valueType)
            {
                Description = node.Description?.Value,
                DefaultValue = node.DefaultValue,
            };
            value.DeprecationReason = SdlDirectives.TakeDeprecation(node.Directives, value.Directives);
            target.Add(value);
        }
    }

    private void AddEnumValues(EnumType enumType, IReadOnlyList<EnumValueDefinitionNode> nodes)
    {
        var clrMembers = enumType.RuntimeType is { } clrEnum ? ClrEnumMembers.ByName(clrEnum, StringComparer.Ordinal) : null;
        foreach (var node in nodes)
        {
            var name = node.Name.Value;
            if (enumType.Values.Contains(name))
            {
                errors.Add($"Enum value \"{enumType.Name}.{name}\" is defined more than once.");
                continue;
            }
            var value = new EnumValue(name, RuntimeEnumValue(enumType, name, clrMembers)) { Description = node.Description?.Value };
            value.DeprecationReason = SdlDirectives.TakeDeprecation(node.Directives, value.Directives);
            enumType.Values.Add(value);
        }
    }

    /// <summary>The bound CLR enum's member named like the value (as written, or by the naming convention); else the name.</summary>
    private object RuntimeEnumValue(EnumType enumType, string name, Dictionary<string, object>? clrMembers)
    {
        if (clrMembers is null)
        {
            return name;
        }
        if (clrMembers.TryGetValue(name, out var member))
        {
            return member;
        }
        errors.Add($"Enum value \"{enumType.Name}.{name}\" has no matching member in the CLR enum {enumType.RuntimeType!.FullName}.");
        return name;
    }
}
