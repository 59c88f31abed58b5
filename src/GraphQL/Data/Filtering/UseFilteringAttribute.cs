using System.Runtime.CompilerServices;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>
/// Adds <c>where: &lt;T&gt;FilterInput</c> to a field whose member returns <c>IQueryable&lt;T&gt;</c> or
/// <c>IEnumerable&lt;T&gt;</c> (possibly in a task), and applies the filter as a <c>Where</c> on the result, so that
/// EF Core runs it in SQL. The fields of the filter input are the <c>[Filterable]</c> properties of <c>T</c>.
/// </summary>
/// <remarks>
/// <c>[UseFiltering(typeof(Row))]</c> filters <c>Row</c> instead of the field's elements, for a resolver that reads its
/// list itself: it takes a <see cref="QueryContext{T}"/> of <c>Row</c> and returns a <see cref="Page{T}"/>. A member that
/// returns a page without the context of exactly its row type, or names a row type without returning a page, is a build
/// error. The input is named after <c>Row</c> (or its <c>[GraphQLName]</c>) without making <c>Row</c> an output type.
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class UseFilteringAttribute(Type? type = null, [CallerLineNumber] int order = 0) : FieldMiddlewareAttribute(order)
{
    /// <summary>The argument's name; HotChocolate's <c>where</c>.</summary>
    public const string ArgumentName = "where";

    /// <summary>This field's <see cref="FilteringOptions.MaxDepth"/>; 0 (the default) keeps the schema's.</summary>
    public int MaxDepth { get; set; }

    /// <summary>This field's <see cref="FilteringOptions.MaxConditions"/>; 0 (the default) keeps the schema's.</summary>
    public int MaxConditions { get; set; }

    public override void Configure(FieldMiddlewareContext context)
    {
        var elementType = type ?? context.ElementType ?? throw new InvalidOperationException(
            "the member does not return a list (IQueryable<T>, IEnumerable<T>…), so there is nothing to filter");
        var resolverAppliesContext = QueryContextParameter.Provide(context, elementType, rowTypeGiven: type is not null, ArgumentName);
        var filter = new FilterTypeFactory(new MiddlewareTypeSource(context, type)).ObjectFilter(elementType);
        context.Field.Arguments.Add(new InputField(ArgumentName, filter.Type)
        {
            Description = "Only the elements that match this filter.",
        });
        var schemaOptions = context.GetOptions<FilteringOptions>();
        var options = new FilteringOptions
        {
            MaxDepth = MaxDepth > 0 ? MaxDepth : schemaOptions.MaxDepth,
            MaxConditions = MaxConditions > 0 ? MaxConditions : schemaOptions.MaxConditions,
        };
        var middleware = (IQueryMiddleware)Activator.CreateInstance(typeof(FilteringMiddleware<>).MakeGenericType(elementType), filter, options, resolverAppliesContext)!;
        context.Use(middleware.Wrap);
    }
}
