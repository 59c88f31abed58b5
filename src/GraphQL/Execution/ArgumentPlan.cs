using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// How a field's (or directive's) arguments are coerced (spec 6.4.1 CoerceArgumentValues). Arguments that use no
/// variable are coerced once, when the operation is compiled; the others on every request.
/// </summary>
internal sealed class ArgumentPlan
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    private readonly IReadOnlyList<InputField> _definitions;
    private readonly IReadOnlyList<ArgumentNode> _given;
    private readonly string _owner;
    private readonly IReadOnlyDictionary<string, object?>? _static;
    private readonly Exception? _staticError;

    /// <param name="definitions">The arguments the field or directive defines.</param>
    /// <param name="given">The arguments given in the document.</param>
    /// <param name="owner">How errors name the owner of the arguments, e.g. <c>field "Query.user"</c>.</param>
    public ArgumentPlan(IReadOnlyList<InputField> definitions, IReadOnlyList<ArgumentNode> given, string owner)
    {
        _definitions = definitions;
        _given = given;
        _owner = owner;
        UsesVariables = given.Any(argument => ContainsVariable(argument.Value));
        if (!UsesVariables)
        {
            try
            {
                _static = definitions.Count == 0 ? NoArguments : Coerce(NoArguments);
            }
            catch (Exception error)
            {
                // Kept and rethrown on each use, so the field fails like it would with per-request coercion.
                _staticError = error;
            }
        }
    }

    public bool UsesVariables { get; }

    /// <summary>The coerced arguments; throws <see cref="InvalidArgumentException"/> when one cannot be coerced.</summary>
    public IReadOnlyDictionary<string, object?> Coerce(IReadOnlyDictionary<string, object?> variables)
    {
        if (_staticError is not null)
        {
            throw _staticError;
        }
        if (_static is not null)
        {
            return _static;
        }
        var coerced = new Dictionary<string, object?>(_definitions.Count, StringComparer.Ordinal);
        foreach (var definition in _definitions)
        {
            CoerceArgument(definition, variables, coerced);
        }
        return coerced;
    }

    private void CoerceArgument(InputField definition, IReadOnlyDictionary<string, object?> variables, Dictionary<string, object?> coerced)
    {
        var given = _given.FindByName(definition.Name);
        object? value = null;
        var isAbsent = given is null;
        if (given is not null)
        {
            try
            {
                value = InputCoercer.Format(definition, InputCoercer.CoerceLiteral(given.Value, definition.Type, variables, out isAbsent), given.Value);
            }
            catch (InvalidInputException error)
            {
                throw new InvalidArgumentException(Describe(definition, error), given, error.Code);
            }
        }
        if (!isAbsent)
        {
            coerced[definition.Name] = value;
        }
        else if (definition.DefaultValue is not null)
        {
            coerced[definition.Name] = InputCoercer.Format(
                definition, InputCoercer.CoerceDefault(definition.DefaultValue, definition.Type), definition.DefaultValue);
        }
        else if (definition.Type is NonNullType)
        {
            var reason = given is null ? "was not given" : $"was given variable \"${((VariableNode)given.Value).Name.Value}\", which has no value";
            throw new InvalidArgumentException(
                $"Argument \"{definition.Name}\" of {_owner} has the non-null type \"{definition.Type.Print()}\" but {reason}.",
                given,
                ErrorCodes.NonNullViolation);
        }
    }

    private string Describe(InputField definition, InvalidInputException error)
    {
        // A variable's value is named by the message itself; literals are shown as written.
        var shown = error.InvalidValue is VariableNode ? "" : " " + error.FormatInvalidValue();
        var at = error.HasPath ? $" at \"{error.FormatPath(definition.Name)}\"" : "";
        return $"Argument \"{definition.Name}\" of {_owner} has an invalid value{shown}{at}: {error.Message}";
    }

    private static bool ContainsVariable(IValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(field => ContainsVariable(field.Value)),
        _ => false,
    };
}

/// <summary>An argument could not be coerced; the message names the argument, its owner and the path inside the value.</summary>
internal sealed class InvalidArgumentException(string message, ArgumentNode? argument, string code) : Exception(message)
{
    public ArgumentNode? Argument { get; } = argument;

    public string Code { get; } = code;
}
