using System.Reflection;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Data;

/// <summary>
/// How <c>[UseFiltering]</c> and <c>[UseSorting]</c> make sure a resolver that reads its own page applies
/// <c>where</c> and <c>order</c>: the page passes through them unchanged, so only its <see cref="QueryContext{T}"/>
/// parameter carries the arguments to the rows. A field that could drop them is a build error, or a run-time error
/// for a page the declared result type did not announce.
/// </summary>
internal static class QueryContextParameter
{
    /// <summary>
    /// Declares that the field provides <c>QueryContext&lt;<paramref name="rowType"/>&gt;</c> and checks the member:
    /// a row type other than the elements needs a member that returns a page, and a member that returns a page needs
    /// the <c>QueryContext</c> of exactly that row type. <paramref name="rowTypeGiven"/> says whether the attribute named the
    /// row type (<c>[UseFiltering(typeof(Row))]</c>). Returns whether the resolver takes the context.
    /// </summary>
    /// <exception cref="InvalidOperationException">The member would ignore the argument; the message says what to add.</exception>
    public static bool Provide(FieldMiddlewareContext context, Type rowType, bool rowTypeGiven, string argumentName)
    {
        var contextType = typeof(QueryContext<>).MakeGenericType(rowType);
        context.ProvideLocalState(contextType);
        var parameters = context.Member is MethodInfo method ? method.GetParameters() : [];
        var takesContext = parameters.Any(parameter => parameter.ParameterType == contextType);
        var readsOwnPage = typeof(IPage).IsAssignableFrom(context.ResultType);
        var contextName = CodeFirstException.Describe(contextType);
        if (rowTypeGiven && rowType != context.ElementType && !readsOwnPage)
        {
            throw new InvalidOperationException(
                $"it applies \"{argumentName}\" to {rowType.Name} rows, not to the elements of the field '{FieldCoordinate(context)}', " +
                $"which only a resolver that reads its own page can do, but the member returns {CodeFirstException.Describe(context.ResultType)}; " +
                $"return Page<T> and take a {contextName} parameter, or drop the type argument to apply \"{argumentName}\" to the elements");
        }
        if (readsOwnPage && !takesContext)
        {
            var found = parameters.FirstOrDefault(parameter => IsQueryContext(parameter.ParameterType)) is { } other
                ? $"its parameter '{other.Name}' is a {CodeFirstException.Describe(other.ParameterType)}, for other rows"
                : "it has no such parameter";
            throw new InvalidOperationException(
                $"the field '{FieldCoordinate(context)}' returns {CodeFirstException.Describe(context.ResultType)}, a page its resolver reads itself, " +
                $"so \"{argumentName}\" reaches the {rowType.Name} rows only through a {contextName} parameter, and {found}; " +
                $"add a {contextName} parameter and read the rows with its Apply(rows, defaultOrder), or the list would ignore \"{argumentName}\"");
        }
        return takesContext;
    }

    /// <summary>
    /// The run-time error for a page that reached the middleware of a field whose resolver takes no
    /// <see cref="QueryContext{T}"/> (its declared result, e.g. <c>IEnumerable&lt;T&gt;</c>, did not say it pages):
    /// the page was read without the argument, and passing it on would ignore it.
    /// </summary>
    public static InvalidOperationException Unapplied<T>(IResolverContext context, string argumentName) => new(
        $"The resolver of {context.ObjectType.Name}.{context.Field.Name} returned a page it read itself, but it takes no " +
        $"{CodeFirstException.Describe(typeof(QueryContext<T>))}, so the page ignores \"{argumentName}\"; declare the member's result " +
        $"as Page<T> and take a {CodeFirstException.Describe(typeof(QueryContext<T>))} parameter.");

    private static string FieldCoordinate(FieldMiddlewareContext context) => $"{context.DeclaringType.Name}.{context.Field.Name}";

    private static bool IsQueryContext(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(QueryContext<>);
}
