using System.Collections.Concurrent;
using System.Reflection;
using GraphQL.Types.CodeFirst;

namespace GraphQL.DataLoader;

/// <summary>
/// Finds the <c>[DataLoader]</c> method a code-first resolver's <see cref="IDataLoader{TKey, TValue}"/> parameter
/// names: a method of the resolver's assembly whose loader name is the parameter's name (ignoring case and a
/// <c>Loader</c> or <c>DataLoader</c> suffix) and whose loader type is the parameter's.
/// </summary>
internal static class DataLoaderMethods
{
    private static readonly ConcurrentDictionary<Assembly, (string Name, MethodInfo Method)[]> ByAssembly = new();

    /// <exception cref="CodeFirstException">No method, or more than one, matches.</exception>
    public static DataLoaderMethod Find(ParameterInfo parameter)
    {
        var assembly = parameter.Member.DeclaringType!.Assembly;
        var name = LoaderName(parameter.Name ?? "");
        var candidates = ByAssembly.GetOrAdd(assembly, Scan)
            .Where(candidate => string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase))
            .Select(candidate => Compile(candidate.Method, parameter))
            .Where(method => method.LoaderType == parameter.ParameterType)
            .ToList();
        return candidates switch
        {
            [var only] => only,
            [] => throw new CodeFirstException(
                $"The {CodeFirstException.Describe(parameter)} is an {CodeFirstException.Describe(parameter.ParameterType)}, but {assembly.GetName().Name} " +
                $"has no [DataLoader] method named '{name}' (Get{name}Async) that loads it."),
            _ => throw new CodeFirstException(
                $"The {CodeFirstException.Describe(parameter)} matches {candidates.Count} [DataLoader] methods named '{name}'; give them distinct names."),
        };
    }

    private static string LoaderName(string parameterName)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["DataLoader", "Loader"])
        {
            if (parameterName.Length > suffix.Length && parameterName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return Pascal(parameterName[..^suffix.Length]);
            }
        }
        return Pascal(parameterName);
    }

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    private static DataLoaderMethod Compile(MethodInfo method, ParameterInfo parameter)
    {
        try
        {
            return DataLoaderMethod.Of(method);
        }
        catch (InvalidOperationException exception)
        {
            throw new CodeFirstException($"The {CodeFirstException.Describe(parameter)} names an invalid DataLoader: {exception.Message}");
        }
    }

    private static (string Name, MethodInfo Method)[] Scan(Assembly assembly) =>
    [
        .. from type in assembly.GetTypes()
           from method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
           let attribute = method.GetCustomAttribute<DataLoaderAttribute>()
           where attribute is not null
           select (DataLoaderMethod.NameOf(method, attribute), method),
    ];
}
