using System.Runtime.CompilerServices;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>
/// Adds <c>order: [&lt;T&gt;SortInput!]</c> to a field whose member returns <c>IQueryable&lt;T&gt;</c> or
/// <c>IEnumerable&lt;T&gt;</c> (possibly in a task), and orders the result by the items in list order with an
/// <c>OrderBy</c>/<c>ThenBy</c> chain, so that EF Core sorts in SQL. The fields of the sort input are the
/// <c>[Sortable]</c> properties of <c>T</c>.
/// </summary>
/// <remarks>
/// <c>[UseSorting(typeof(Row))]</c> sorts <c>Row</c> instead of the field's elements, for a resolver that reads its
/// list itself: it takes a <see cref="QueryContext{T}"/> of <c>Row</c> and returns a <see cref="Page{T}"/>. A member that
/// returns a page without the context of exactly its row type, or names a row type without returning a page, is a build error.
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class UseSortingAttribute(Type? type = null, [CallerLineNumber] int order = 0) : FieldMiddlewareAttribute(order)
{
    /// <summary>The argument's name; HotChocolate's <c>order</c>.</summary>
    public const string ArgumentName = "order";

    public override void Configure(FieldMiddlewareContext context)
    {
        var elementType = type ?? context.ElementType ?? throw new InvalidOperationException(
            "the member does not return a list (IQueryable<T>, IEnumerable<T>…), so there is nothing to sort");
        var resolverAppliesContext = QueryContextParameter.Provide(context, elementType, rowTypeGiven: type is not null, ArgumentName);
        var sort = new SortTypeFactory(new MiddlewareTypeSource(context, type)).SortInput(elementType);
        context.Field.Arguments.Add(new InputField(ArgumentName, new ListType(new NonNullType(sort.Type)))
        {
            Description = "The order of the elements: the first item is the main key, the next ones break ties.",
        });
        var middleware = (IQueryMiddleware)Activator.CreateInstance(typeof(SortingMiddleware<>).MakeGenericType(elementType), sort, resolverAppliesContext)!;
        context.Use(middleware.Wrap);
    }
}
