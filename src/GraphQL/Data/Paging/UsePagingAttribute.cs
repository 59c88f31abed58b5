using System.Runtime.CompilerServices;
using GraphQL.CostAnalysis;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>
/// Makes a list field a Relay connection, as HotChocolate's <c>[UsePaging]</c>: the field gets
/// <c>first: Int, after: String, last: Int, before: String</c> and the type <c>&lt;FieldName&gt;Connection!</c>
/// (<c>users</c> → <c>UsersConnection</c>, <c>UsersEdge</c>, shared <c>PageInfo</c>). The member returns
/// <see cref="IQueryable{T}"/> (keyset paging), <see cref="IEnumerable{T}"/>, a list, or a <see cref="Page{T}"/> it made
/// itself with the <see cref="PagingArguments"/> it receives, possibly in a task. Unset properties take the schema's
/// <see cref="PagingOptions"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class UsePagingAttribute([CallerLineNumber] int order = 0) : FieldMiddlewareAttribute(order)
{
    private int? _defaultPageSize;
    private int? _maxPageSize;
    private bool? _includeTotalCount;
    private bool? _requirePagingBoundaries;

    /// <summary>The name before <c>Connection</c> and <c>Edge</c>; by default the field's name in PascalCase.</summary>
    public string? ConnectionName { get; set; }

    /// <inheritdoc cref="PagingOptions.DefaultPageSize"/>
    public int DefaultPageSize { get => _defaultPageSize ?? 0; set => _defaultPageSize = value; }

    /// <inheritdoc cref="PagingOptions.MaxPageSize"/>
    public int MaxPageSize { get => _maxPageSize ?? 0; set => _maxPageSize = value; }

    /// <inheritdoc cref="PagingOptions.IncludeTotalCount"/>
    public bool IncludeTotalCount { get => _includeTotalCount ?? false; set => _includeTotalCount = value; }

    /// <inheritdoc cref="PagingOptions.RequirePagingBoundaries"/>
    public bool RequirePagingBoundaries { get => _requirePagingBoundaries ?? false; set => _requirePagingBoundaries = value; }

    internal int? DefaultPageSizeOrNull => _defaultPageSize;

    internal int? MaxPageSizeOrNull => _maxPageSize;

    internal bool? IncludeTotalCountOrNull => _includeTotalCount;

    internal bool? RequirePagingBoundariesOrNull => _requirePagingBoundaries;

    public override void Configure(FieldMiddlewareContext context)
    {
        var settings = PagingSettings.Of(this, context.GetOptions<PagingOptions>());
        if (context.ElementType is not { } elementType || context.ElementOutputType is not { } nodeType)
        {
            throw new InvalidOperationException(
                $"[UsePaging] needs a member that returns IQueryable<T>, IEnumerable<T>, a list or Page<T>, not {context.ResultType.Name}");
        }
        if (typeof(IQueryable).IsAssignableFrom(context.ResultType) && KeysetOrder.IdMember(elementType) is null)
        {
            throw new InvalidOperationException(
                $"keyset paging orders by the id last, but '{elementType.Name}' has no 'Id' property; mark its key with [Key]");
        }
        foreach (var argument in (string[])["first", "after", "last", "before"])
        {
            if (context.Field.Arguments.Find(argument) is not null)
            {
                throw new InvalidOperationException($"the member has a parameter that is the argument \"{argument}\" paging adds; rename it");
            }
        }
        var name = ConnectionName ?? char.ToUpperInvariant(context.Field.Name[0]) + context.Field.Name[1..];
        context.Field.Type = new NonNullType(ConnectionTypes.GetOrAdd(context, name, nodeType, settings.IncludeTotalCount));
        var pageSize = context.OutputTypeOf(typeof(int));
        var cursor = context.OutputTypeOf(typeof(string));
        context.Field.Arguments.Add(new InputField("first", pageSize) { Description = "Returns the first n items of the list." });
        context.Field.Arguments.Add(new InputField("after", cursor) { Description = "Returns the items that come after the item with this cursor." });
        context.Field.Arguments.Add(new InputField("last", pageSize) { Description = "Returns the last n items of the list." });
        context.Field.Arguments.Add(new InputField("before", cursor) { Description = "Returns the items that come before the item with this cursor." });
        // Boundaries (RequirePagingBoundaries) are checked by the paging middleware with its own error (HC0052).
        context.Field.Directives.Add(ListSizeDirective.ToNode(new ListSize(
            settings.MaxPageSize, ["first", "last"], ["edges", "nodes"], RequireOneSlicingArgument: false)));
        context.ProvideLocalState(typeof(PagingArguments));
        context.Use(CreateMiddleware(elementType, settings));
    }

    /// <summary>The middleware for the node CLR type, made once per field at build time.</summary>
    private static Func<FieldResolver, FieldResolver> CreateMiddleware(Type elementType, PagingSettings settings)
    {
        var middleware = Activator.CreateInstance(typeof(PagingMiddleware<>).MakeGenericType(elementType), settings)!;
        return (Func<FieldResolver, FieldResolver>)Delegate.CreateDelegate(
            typeof(Func<FieldResolver, FieldResolver>), middleware, middleware.GetType().GetMethod(nameof(PagingMiddleware<object>.Wrap))!);
    }
}
