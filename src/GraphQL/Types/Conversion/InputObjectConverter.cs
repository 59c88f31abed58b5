using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Types.Conversion;

/// <summary>
/// Compiles the function that makes a CLR object of an input object's coerced fields: the fields are passed to the
/// widest public constructor's parameters, then assigned to the public settable (or <c>init</c>) properties it does
/// not cover, each converted by <see cref="InputValueConverter"/>. A field that was not given leaves the parameter at
/// its C# default (or its type's default) and the property at its initial value.
/// </summary>
internal static class InputObjectConverter
{
    private static readonly MethodInfo TryGetValueMethod =
        typeof(IReadOnlyDictionary<string, object?>).GetMethod(nameof(IReadOnlyDictionary<string, object?>.TryGetValue))!;

    private static readonly MethodInfo TryGetValueIgnoringCaseMethod =
        typeof(InputObjectConverter).GetMethod(nameof(TryGetValueIgnoringCase), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The constructor to call (null for a struct without one) and its parameters.</summary>
    public static (ConstructorInfo? Constructor, ParameterInfo[] Parameters) Constructor(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        return (constructor, constructor?.GetParameters() ?? []);
    }

    /// <summary>The public settable, non-indexed properties that none of <paramref name="parameters"/> covers.</summary>
    public static IEnumerable<PropertyInfo> SettableProperties(Type type, ParameterInfo[] parameters) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property =>
            property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0 &&
            !parameters.Any(parameter => SameName(property, parameter)));

    public static bool SameName(PropertyInfo property, ParameterInfo parameter) =>
        string.Equals(property.Name, parameter.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// For an input object read as a CLR type it was not built from (SDL-first): fields match the members by their
    /// CLR names, ignoring case.
    /// </summary>
    /// <exception cref="InvalidCastException">The type has no public constructor.</exception>
    public static Func<IReadOnlyDictionary<string, object?>, object> ByConvention(Type type)
    {
        var (constructor, parameters) = Constructor(type);
        if (constructor is null && !type.IsValueType)
        {
            throw new InvalidCastException($"{type.Name} has no public constructor.");
        }
        var properties = SettableProperties(type, parameters).Select(p => (NameConventions.ToCamelCase(p.Name), p)).ToList();
        var parameterFields = Array.ConvertAll(parameters, p => NameConventions.ToCamelCase(p.Name!));
        return Compile(type, constructor, parameterFields, properties, TryGetValueIgnoringCaseMethod);
    }

    /// <summary>
    /// For an input object built from the CLR type (code-first): <paramref name="parameterFields"/> names the field of
    /// each constructor parameter, in order, and <paramref name="propertyFields"/> the properties set after.
    /// </summary>
    public static Func<IReadOnlyDictionary<string, object?>, object> Compile(
        Type type, ConstructorInfo? constructor, IReadOnlyList<string> parameterFields, IReadOnlyList<(string Field, PropertyInfo Property)> propertyFields) =>
        Compile(type, constructor, parameterFields, propertyFields, TryGetValueMethod);

    private static Func<IReadOnlyDictionary<string, object?>, object> Compile(
        Type type, ConstructorInfo? constructor, IReadOnlyList<string> parameterFields,
        IReadOnlyList<(string Field, PropertyInfo Property)> propertyFields, MethodInfo tryGetValue)
    {
        var fields = Expression.Parameter(typeof(IReadOnlyDictionary<string, object?>), "fields");
        var value = Expression.Variable(typeof(object), "value");
        var instance = Expression.Variable(type, "instance");
        Expression IsGiven(string name) => tryGetValue.IsStatic
            ? Expression.Call(tryGetValue, fields, Expression.Constant(name), value)
            : Expression.Call(fields, tryGetValue, Expression.Constant(name), value);
        Expression Converted(Type memberType) => Expression.Call(InputValueConverter.ConvertMethod.MakeGenericMethod(memberType), value);

        var parameters = constructor?.GetParameters() ?? [];
        var arguments = parameters.Select((parameter, i) => (Expression)Expression.Condition(
            IsGiven(parameterFields[i]), Converted(parameter.ParameterType), DefaultOf(parameter)));
        var body = new List<Expression>
        {
            Expression.Assign(instance, constructor is null ? Expression.New(type) : Expression.New(constructor, arguments)),
        };
        body.AddRange(propertyFields.Select(field => Expression.IfThen(
            IsGiven(field.Field),
            Expression.Assign(Expression.Property(instance, field.Property), Converted(field.Property.PropertyType)))));
        body.Add(Expression.Convert(instance, typeof(object)));
        return Expression.Lambda<Func<IReadOnlyDictionary<string, object?>, object>>(
            Expression.Block([value, instance], body), fields).Compile();
    }

    private static Expression DefaultOf(ParameterInfo parameter) => parameter.HasDefaultValue && parameter.DefaultValue is { } value
        ? Expression.Convert(Expression.Constant(value, typeof(object)), parameter.ParameterType)
        : Expression.Default(parameter.ParameterType);

    private static bool TryGetValueIgnoringCase(IReadOnlyDictionary<string, object?> fields, string name, out object? value)
    {
        if (fields.TryGetValue(name, out value))
        {
            return true;
        }
        foreach (var (key, fieldValue) in fields)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                value = fieldValue;
                return true;
            }
        }
        return false;
    }
}
