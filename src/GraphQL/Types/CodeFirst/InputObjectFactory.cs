using System.Reflection;
using GraphQL.Types.Conversion;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Completes the input object of a class, record or struct: a field per parameter of its widest public constructor,
/// then one per public settable (or init) property the constructor does not cover. The type is bound to the CLR type
/// with a compiled <see cref="InputObjectType.CreateRuntimeValue"/>.
/// </summary>
internal sealed class InputObjectFactory(BuildContext context)
{
    public void Complete(InputObjectType type, Type clrType)
    {
        var (constructor, parameters) = InputObjectConverter.Constructor(clrType);
        if (constructor is null && !clrType.IsValueType)
        {
            context.ReportError($"The input object '{type.Name}' cannot be created: its CLR type '{clrType.Name}' has no public constructor.");
            return;
        }
        var properties = clrType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && !SchemaConventions.IsIgnored(p))
            .ToList();
        var parameterFields = new List<string>();
        var propertyFields = new List<(string, PropertyInfo)>();
        var complete = true;
        foreach (var parameter in parameters)
        {
            var property = properties.Find(p => InputObjectConverter.SameName(p, parameter));
            complete &= context.Try(() =>
            {
                var shape = TypeShape.Of(parameter.ParameterType, context.Nullability.Create(parameter));
                var field = AddField(type, clrType, shape, parameter, property, parameter.Name!);
                field.DefaultValue = DefaultValueLiteral.Of(parameter, field.Type);
                parameterFields.Add(field.Name);
            });
        }
        foreach (var property in InputObjectConverter.SettableProperties(clrType, parameters).Where(p => !SchemaConventions.IsIgnored(p)))
        {
            complete &= context.Try(() =>
            {
                var nullability = context.Nullability.Create(property);
                var shape = TypeShape.Of(property.PropertyType, nullability, nullability.WriteState);
                var field = AddField(type, clrType, shape, parameter: null, property, property.Name);
                propertyFields.Add((field.Name, property));
            });
        }
        if (complete)
        {
            type.CreateRuntimeValue = InputObjectConverter.Compile(clrType, constructor, parameterFields, propertyFields);
            type.RuntimeType = clrType;
        }
    }

    /// <summary>A field from a constructor parameter, a property, or both (a record's positional parameter); attributes on either count.</summary>
    private InputField AddField(
        InputObjectType type, Type clrType, TypeShape shape, ParameterInfo? parameter, PropertyInfo? property, string clrName)
    {
        var name = parameter?.GetCustomAttribute<GraphQLNameAttribute>()?.Name ??
            property?.GetCustomAttribute<GraphQLNameAttribute>()?.Name ??
            NameConventions.ToCamelCase(clrName);
        var subject = $"The input field '{type.Name}.{name}' (from '{CodeFirstException.Describe(clrType)}.{clrName}')";
        if (type.Fields.Contains(name))
        {
            throw new CodeFirstException($"{subject} is defined twice; rename one of the members with [GraphQLName].");
        }
        var field = new InputField(name, context.Types.MemberType(shape, isInput: true, subject, parameter, property))
        {
            Description = parameter?.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description ??
                (property is null ? null : context.Conventions.Description(property)) ??
                (parameter is null ? null : context.Conventions.Description(parameter)),
            DeprecationReason = (parameter is null ? null : SchemaConventions.DeprecationReason(parameter)) ??
                (property is null ? null : SchemaConventions.DeprecationReason(property)),
            RuntimeName = property?.Name ?? clrName,
            Formatter = GlobalIdMembers.InputFormatter(context, shape, subject, parameter, property),
        };
        type.Fields.Add(field);
        return field;
    }
}
