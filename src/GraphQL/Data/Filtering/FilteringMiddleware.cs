using System.Linq.Expressions;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>
/// Applies the <c>where</c> argument to what the inner resolver returns: <c>Where</c> on an <c>IQueryable&lt;T&gt;</c>
/// (translated by its provider, e.g. to SQL), or with LINQ to objects on any other <c>IEnumerable&lt;T&gt;</c>. The
/// predicate is made before the resolver runs and handed to it as <see cref="QueryContext{T}"/>, so a resolver that
/// reads its own <see cref="Page{T}"/> applies it. Such a page passes through unchanged only when the resolver takes
/// the context (<c>resolverAppliesContext</c>); otherwise a <c>where</c> with conditions makes it an error.
/// </summary>
internal sealed class FilteringMiddleware<T>(FilterObject filter, FilteringOptions options, bool resolverAppliesContext) : IQueryMiddleware
{
    public FieldResolver Wrap(FieldResolver next) => async context =>
    {
        var predicate = Predicate(context, out var whereKey);
        QueryContext<T>.Store(context, QueryContext<T>.Of(context).WithPredicate(predicate, whereKey));
        var result = await next(context).ConfigureAwait(false);
        return result switch
        {
            null => result,
            IPage when resolverAppliesContext => result,  // the resolver read its page with QueryContext<T> applied
            _ when predicate is null => result,
            IPage => throw QueryContextParameter.Unapplied<T>(context, UseFilteringAttribute.ArgumentName),
            IQueryable<T> query => query.Where(predicate),
            // Made per request (the predicate holds this request's values): interpreted, which is cheaper to build than IL.
            IEnumerable<T> items => items.Where(predicate.Compile(preferInterpretation: true)),
            _ => throw new InvalidOperationException(
                $"The resolver of {context.ObjectType.Name}.{context.Field.Name} returned {result.GetType().Name}, not a sequence of {typeof(T).Name} to filter."),
        };
    };

    /// <summary>The <c>where</c> argument as a predicate (null when it sets no condition) and as a key for <see cref="QueryContext{T}"/>.</summary>
    private Expression<Func<T, bool>>? Predicate(IResolverContext context, out string whereKey)
    {
        whereKey = "";
        if (!context.Arguments.TryGetValue(UseFilteringAttribute.ArgumentName, out var where) ||
            where is not IReadOnlyDictionary<string, object?> value)
        {
            return null;
        }
        var scope = new FilterScope($"{context.ObjectType.Name}.{context.Field.Name}", UseFilteringAttribute.ArgumentName, options);
        var predicate = new FilterTranslator(scope).Translate<T>(filter, value);
        whereKey = predicate is null ? "" : ArgumentKey.Of(value);
        return predicate;
    }
}
