using GraphQL.Execution;

namespace GraphQL.Data;

/// <summary>
/// One translation of a <c>where</c> value: the field it belongs to (for messages), the limits, and the number of
/// operations met so far.
/// </summary>
internal sealed class FilterScope(string fieldCoordinate, string argumentName, FilteringOptions options)
{
    private int _conditions;

    public string ArgumentName { get; } = argumentName;

    public void EnterLevel(int depth, string path)
    {
        if (depth > options.MaxDepth)
        {
            throw Error(path, $"the filter nests deeper than the limit of {options.MaxDepth} levels", DataErrorCodes.FilterTooDeep);
        }
    }

    public void CountCondition(string path)
    {
        if (++_conditions > options.MaxConditions)
        {
            throw Error(path, $"the filter has more than the limit of {options.MaxConditions} operations", DataErrorCodes.FilterTooManyConditions);
        }
    }

    /// <summary>An error for the client naming the argument, the field and where in the value the problem is.</summary>
    public GraphQLException Error(string path, string problem, string code = DataErrorCodes.InvalidFilter) =>
        new($"The argument \"{ArgumentName}\" of field \"{fieldCoordinate}\" is invalid at {path}: {problem}.", code);
}
