using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Compiles the function that turns an input object's coerced fields (keyed by GraphQL name) into its CLR
/// type: constructor arguments first, then settable properties. A field that was not given leaves the
/// constructor argument at its type's default and the property at its initial value.
/// </summary>
internal static class InputObjectActivator
{
    /// <summary>
    /// An input field passed as a constructor argument, in the constructor's order. <paramref name="Conversion"/> turns
    /// <see cref="FieldValue"/> into the parameter's type.
    /// </summary>
    public sealed record ConstructorField(string Name, Type ParameterType, Expression Conversion);

    /// <summary>An input field assigned to a property after construction.</summary>
    public sealed record PropertyField(string Name, PropertyInfo Property, Expression Conversion);

    /// <summary>The value of the field being read, as the conversions of fields refer to it.</summary>
    public static ParameterExpression FieldValue { get; } = Expression.Variable(typeof(object), "value");

    private static readonly MethodInfo TryGetValue =
        typeof(IReadOnlyDictionary<string, object?>).GetMethod(nameof(IReadOnlyDictionary<string, object?>.TryGetValue))!;

    public static Func<IReadOnlyDictionary<string, object?>, object> Compile(
        Type type, ConstructorInfo? constructor, IReadOnlyList<ConstructorField> constructorFields, IReadOnlyList<PropertyField> propertyFields)
    {
        var fields = Expression.Parameter(typeof(IReadOnlyDictionary<string, object?>), "fields");
        var value = FieldValue;
        var instance = Expression.Variable(type, "instance");
        Expression IsGiven(string name) => Expression.Call(fields, TryGetValue, Expression.Constant(name), value);

        var arguments = constructorFields.Select(field => (Expression)Expression.Condition(
            IsGiven(field.Name), field.Conversion, Expression.Default(field.ParameterType)));
        var body = new List<Expression>
        {
            Expression.Assign(instance, constructor is null ? Expression.New(type) : Expression.New(constructor, arguments)),
        };
        body.AddRange(propertyFields.Select(field => Expression.IfThen(
            IsGiven(field.Name),
            Expression.Assign(Expression.Property(instance, field.Property), field.Conversion))));
        body.Add(Expression.Convert(instance, typeof(object)));
        return Expression.Lambda<Func<IReadOnlyDictionary<string, object?>, object>>(
            Expression.Block([value, instance], body), fields).Compile();
    }
}
