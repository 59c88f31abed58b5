using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// Spec 6.1.2 CoerceVariableValues: the request's variable values checked against the operation's variable
/// definitions, defaults applied. A variable without a value and without a default is left out (absent).
/// </summary>
internal static class VariableCoercer
{
    private static readonly IReadOnlyDictionary<string, object?> NoValues = new Dictionary<string, object?>();

    /// <summary>The coerced values, or null with every problem in <paramref name="errors"/>.</summary>
    public static IReadOnlyDictionary<string, object?>? Coerce(
        IReadOnlyList<VariableDefinition> definitions,
        IReadOnlyDictionary<string, object?>? values,
        out IReadOnlyList<GraphQLError> errors)
    {
        errors = [];
        if (definitions.Count == 0)
        {
            return NoValues;
        }
        values ??= NoValues;
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        List<GraphQLError>? problems = null;
        foreach (var definition in definitions)
        {
            var error = CoerceVariable(definition, values, coerced);
            if (error is not null)
            {
                (problems ??= []).Add(error);
            }
        }
        if (problems is not null)
        {
            errors = problems;
            return null;
        }
        return coerced;
    }

    private static GraphQLError? CoerceVariable(VariableDefinition definition, IReadOnlyDictionary<string, object?> values, Dictionary<string, object?> coerced)
    {
        var name = definition.Name;
        var hasValue = values.TryGetValue(name, out var value);
        if (!hasValue && definition.Node.DefaultValue is { } defaultValue)
        {
            coerced[name] = InputCoercer.CoerceDefault(defaultValue, definition.Type);
            return null;
        }
        if (definition.Type is NonNullType && value is null)
        {
            var problem = hasValue ? "must not be null" : "was not given";
            return Error(definition, $"Variable \"${name}\" of non-null type \"{definition.Type.Print()}\" {problem}.", ErrorCodes.NonNullViolation);
        }
        if (!hasValue)
        {
            return null;
        }
        try
        {
            coerced[name] = InputCoercer.CoerceValue(value, definition.Type);
            return null;
        }
        catch (InvalidInputException error)
        {
            var at = error.HasPath ? $" at \"{error.FormatPath(name)}\"" : "";
            return Error(definition, $"Variable \"${name}\" has an invalid value {error.FormatInvalidValue()}{at}: {error.Message}", error.Code);
        }
    }

    private static GraphQLError Error(VariableDefinition definition, string message, string code) =>
        new(message, definition.Node.Location is { } location ? [location] : null, extensions: ErrorCodes.Extensions(code));
}
