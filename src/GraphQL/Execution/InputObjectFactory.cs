using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Execution;

/// <summary>
/// Builds CLR objects from input object dictionaries, for resolvers that read an SDL-first input object as a class
/// or record. Fields match constructor parameters first, then writable properties, by name ignoring case. The
/// constructor and setters are compiled to delegates once per type.
/// </summary>
internal static class InputObjectFactory
{
    public static Func<IReadOnlyDictionary<string, object?>, object> Create(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidCastException($"{type.Name} has no public constructor.");
        var parameters = constructor.GetParameters();
        var construct = CompileConstructor(constructor, parameters);
        var defaults = Array.ConvertAll(parameters, DefaultOf);
        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && !parameters.Any(a => string.Equals(a.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
            .ToDictionary(p => p.Name, p => (p.PropertyType, Set: CompileSetter(type, p)), StringComparer.OrdinalIgnoreCase);

        return fields =>
        {
            var arguments = new object?[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                arguments[i] = TryGetField(fields, parameters[i].Name!, out var value)
                    ? ArgumentConverter.ConvertTo(value, parameters[i].ParameterType)
                    : defaults[i];
            }
            var instance = construct(arguments);
            foreach (var (name, value) in fields)
            {
                if (setters.TryGetValue(name, out var setter))
                {
                    setter.Set(instance, ArgumentConverter.ConvertTo(value, setter.PropertyType));
                }
            }
            return instance;
        };
    }

    private static bool TryGetField(IReadOnlyDictionary<string, object?> fields, string name, out object? value)
    {
        foreach (var (key, fieldValue) in fields)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                value = fieldValue;
                return true;
            }
        }
        value = null;
        return false;
    }

    private static object? DefaultOf(ParameterInfo parameter) =>
        parameter.HasDefaultValue ? parameter.DefaultValue
        : parameter.ParameterType.IsValueType ? Activator.CreateInstance(parameter.ParameterType)
        : null;

    private static Func<object?[], object> CompileConstructor(ConstructorInfo constructor, ParameterInfo[] parameters)
    {
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var values = parameters.Select((p, i) => Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType));
        var body = Expression.Convert(Expression.New(constructor, values), typeof(object));
        return Expression.Lambda<Func<object?[], object>>(body, arguments).Compile();
    }

    private static Action<object, object?> CompileSetter(Type type, PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var value = Expression.Parameter(typeof(object), "value");
        var assign = Expression.Assign(
            Expression.Property(Expression.Convert(instance, type), property),
            Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(assign, instance, value).Compile();
    }
}
