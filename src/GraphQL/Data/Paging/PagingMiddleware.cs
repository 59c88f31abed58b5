using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>
/// The resolver middleware of a <c>[UsePaging]</c> field with node CLR type <typeparamref name="T"/>: validates the
/// paging arguments and hands them to the resolver as local state, then turns what the resolver returned into the
/// connection: an <see cref="IQueryable{T}"/> by keyset paging (one query for the page, one for the count only when
/// <c>totalCount</c> is selected), another <see cref="IEnumerable{T}"/> by offset, a <see cref="Page{T}"/> as it is.
/// </summary>
internal sealed class PagingMiddleware<T>(PagingSettings settings)
{
    private static readonly string LocalStateKey = LocalStateAttribute.KeyOf(typeof(PagingArguments));

    public FieldResolver Wrap(FieldResolver next) => context => ResolveAsync(next, context);

    private async ValueTask<object?> ResolveAsync(FieldResolver next, IResolverContext context)
    {
        var coordinate = $"{context.ObjectType.Name}.{context.Field.Name}";
        var arguments = PagingArgumentReader.Read(context, settings, coordinate);
        context.LocalContextData[LocalStateKey] = arguments;
        try
        {
            var result = await next(context).ConfigureAwait(false);
            return result switch
            {
                null => null,
                IPage page => page.ToConnection(),
                IQueryable<T> query => await PageQueryAsync(query, arguments, context).ConfigureAwait(false),
                IEnumerable<T> items => OffsetPaging<T>.ToConnection(items, arguments),
                _ => throw new InvalidOperationException(
                    $"The resolver of the [UsePaging] field \"{coordinate}\" returned {result.GetType().Name}; return IQueryable<{typeof(T).Name}>, IEnumerable<{typeof(T).Name}> or Page<{typeof(T).Name}>."),
            };
        }
        catch (InvalidCursorException exception)
        {
            throw exception.ForField(coordinate);
        }
    }

    private static async ValueTask<Connection> PageQueryAsync(IQueryable<T> query, PagingArguments arguments, IResolverContext context)
    {
        var executor = context.Services.GetService(typeof(IQueryableExecutor)) as IQueryableExecutor ?? DefaultQueryableExecutor.Instance;
        var paging = KeysetPaging<T>.Create(query, arguments);
        var rows = await executor.ToListAsync(paging.Query, context.RequestAborted).ConfigureAwait(false);
        int? totalCount = arguments.IncludeTotalCount
            ? await executor.CountAsync(paging.Source, context.RequestAborted).ConfigureAwait(false)
            : null;
        return ((IPage)paging.ToPage(rows, totalCount)).ToConnection();
    }
}
