using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>
/// Applies the <c>where</c> argument to what the inner resolver returns: <c>Where</c> on an <c>IQueryable&lt;T&gt;</c>
/// (translated by its provider, e.g. to SQL), or with LINQ to objects on any other <c>IEnumerable&lt;T&gt;</c>.
/// </summary>
internal sealed class FilteringMiddleware<T>(FilterObject filter, FilteringOptions options) : IQueryMiddleware
{
    public FieldResolver Wrap(FieldResolver next) => async context =>
    {
        var result = await next(context).ConfigureAwait(false);
        if (result is null ||
            !context.Arguments.TryGetValue(UseFilteringAttribute.ArgumentName, out var where) ||
            where is not IReadOnlyDictionary<string, object?> value)
        {
            return result;
        }
        var scope = new FilterScope($"{context.ObjectType.Name}.{context.Field.Name}", UseFilteringAttribute.ArgumentName, options);
        if (new FilterTranslator(scope).Translate<T>(filter, value) is not { } predicate)
        {
            return result;
        }
        return result switch
        {
            IQueryable<T> query => query.Where(predicate),
            // Made per request (the predicate holds this request's values): interpreted, which is cheaper to build than IL.
            IEnumerable<T> items => items.Where(predicate.Compile(preferInterpretation: true)),
            _ => throw new InvalidOperationException(
                $"The resolver of {context.ObjectType.Name}.{context.Field.Name} returned {result.GetType().Name}, not a sequence of {typeof(T).Name} to filter."),
        };
    };
}
