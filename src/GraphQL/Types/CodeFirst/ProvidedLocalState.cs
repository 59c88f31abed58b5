using System.Globalization;
using System.Reflection;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// The build-time check for parameters whose type only a field middleware can fill (a type marked
/// <c>[LocalState(ProvidedBy = …)]</c>, e.g. <c>PagingArguments</c>, <c>QueryContext&lt;Row&gt;</c>): without that
/// middleware the value would always be missing, so the field is an error rather than a resolver that ignores it.
/// </summary>
internal static class ProvidedLocalState
{
    /// <exception cref="CodeFirstException">A parameter's type is not provided by any middleware of the field.</exception>
    public static void Check(ComplexType type, OutputField field, IEnumerable<ParameterBinding> parameters, FieldMiddlewareContext? middleware)
    {
        foreach (var binding in parameters.Where(p => p.Source == ParameterSource.LocalState))
        {
            var parameter = binding.Parameter;
            var stateType = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (parameter.IsDefined(typeof(LocalStateAttribute), inherit: false) ||
                stateType.GetCustomAttribute<LocalStateAttribute>(inherit: false) is not { ProvidedBy: { } providedBy } ||
                middleware?.ProvidesLocalState(stateType) == true)
            {
                continue;
            }
            var attributes = string.Format(
                CultureInfo.InvariantCulture, providedBy, [.. stateType.GenericTypeArguments.Select(CodeFirstException.Describe)]);
            throw new CodeFirstException(
                $"The {CodeFirstException.Describe(parameter)} takes a {CodeFirstException.Describe(stateType)}, which only field middleware " +
                $"provides, and no middleware attribute of the field '{type.Name}.{field.Name}' does, so it would always be missing; " +
                $"add {attributes} to the method, or remove the parameter.");
        }
    }
}
