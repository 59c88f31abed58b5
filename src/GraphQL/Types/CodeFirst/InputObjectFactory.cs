using System.Linq.Expressions;
using System.Reflection;

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
        var constructor = clrType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is null && !clrType.IsValueType)
        {
            context.ReportError($"The input object '{type.Name}' cannot be created: its CLR type '{clrType.Name}' has no public constructor.");
            return;
        }
        var parameters = constructor?.GetParameters() ?? [];
        var properties = clrType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && !SchemaConventions.IsIgnored(p))
            .ToList();
        var constructorFields = new List<InputObjectActivator.ConstructorField>();
        var propertyFields = new List<InputObjectActivator.PropertyField>();
        var complete = true;
        foreach (var parameter in parameters)
        {
            var property = properties.Find(p => SameName(p, parameter));
            complete &= context.Try(() =>
            {
                var shape = TypeShape.Of(parameter.ParameterType, context.Nullability.Create(parameter));
                var (field, subject) = AddField(type, clrType, shape, parameter, property, parameter.Name!);
                field.DefaultValue = DefaultValueLiteral.Of(parameter, field.Type);
                constructorFields.Add(new(field.Name, parameter.ParameterType, Conversion(shape, subject)));
            });
        }
        foreach (var property in properties.Where(p => p.SetMethod is { IsPublic: true } && !parameters.Any(a => SameName(p, a))))
        {
            complete &= context.Try(() =>
            {
                var nullability = context.Nullability.Create(property);
                var shape = TypeShape.Of(property.PropertyType, nullability, nullability.WriteState);
                var (field, subject) = AddField(type, clrType, shape, parameter: null, property, property.Name);
                propertyFields.Add(new(field.Name, property, Conversion(shape, subject)));
            });
        }
        if (complete)
        {
            type.CreateRuntimeValue = InputObjectActivator.Compile(clrType, constructor, constructorFields, propertyFields);
            type.RuntimeType = clrType;
        }
    }

    /// <summary>A field from a constructor parameter, a property, or both (a record's positional parameter); attributes on either count.</summary>
    private (InputField Field, string Subject) AddField(
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
        };
        type.Fields.Add(field);
        return (field, subject);
    }

    private static Expression Conversion(TypeShape shape, string subject) =>
        InputValueConverter.Convert(InputObjectActivator.FieldValue, shape, subject);

    private static bool SameName(PropertyInfo property, ParameterInfo parameter) =>
        string.Equals(property.Name, parameter.Name, StringComparison.OrdinalIgnoreCase);
}
