using System.Runtime.CompilerServices;
using GraphQL.Types;

namespace GraphQL.Tests.CodeFirst.Middleware;

/// <summary>Wraps the value the rest of the pipeline returns in <c>label(…)</c>, to show the order of middleware.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = true)]
public sealed class WrapAttribute(string label, [CallerLineNumber] int order = 0) : FieldMiddlewareAttribute(order)
{
    public override void Configure(FieldMiddlewareContext context) =>
        context.Use(next => async resolverContext => $"{label}({await next(resolverContext)})");
}

/// <summary>
/// Turns a list field into <c>&lt;FieldName&gt;Counted!</c> { items count info: CountInfo! } with a <c>take</c> argument
/// handed to the resolver as local state; records what the context told it in the field's ContextData.
/// </summary>
public sealed class CountedAttribute([CallerLineNumber] int order = 0) : FieldMiddlewareAttribute(order)
{
    public override void Configure(FieldMiddlewareContext context)
    {
        var elementType = context.ElementType ?? throw new InvalidOperationException("[Counted] needs a member that returns a list");
        var itemType = context.ElementOutputType!;
        context.Field.ContextData["elementType"] = elementType;
        context.Field.ContextData["elementOutputType"] = itemType.Print();
        context.Field.ContextData["elementNamedType"] = context.OutputTypeOf(elementType).Name;
        var info = context.GetOrAddType("CountInfo", () => new ObjectType("CountInfo")
        {
            Fields = { new OutputField("note", new NonNullType(context.OutputTypeOf(typeof(string)))) { Resolver = _ => new("counted") } },
        });
        var counted = new ObjectType(char.ToUpperInvariant(context.Field.Name[0]) + context.Field.Name[1..] + "Counted");
        counted.Fields.Add(new OutputField("items", new NonNullType(new ListType(itemType))) { Resolver = c => new(c.Parent<object[]>()) });
        counted.Fields.Add(new OutputField("count", new NonNullType(context.OutputTypeOf(typeof(int)))) { Resolver = c => new(c.Parent<object[]>().Length) });
        counted.Fields.Add(new OutputField("info", new NonNullType(info)) { Resolver = c => new(c.ParentValue) });
        context.Field.Type = new NonNullType(context.GetOrAddType(counted.Name, () => counted));
        context.Field.Arguments.Add(new InputField("take", context.OutputTypeOf(typeof(int))) { DefaultValue = new GraphQL.Language.IntValueNode("2") });
        context.Use(next => async resolverContext =>
        {
            resolverContext.LocalContextData["take"] = resolverContext.ArgumentValue<int>("take");
            var items = (IEnumerable<object?>)(await next(resolverContext))!;
            return items.ToArray();
        });
    }
}

/// <summary>Puts a <see cref="Window"/> into the field's local state.</summary>
public sealed class WindowAttribute(int size, [CallerLineNumber] int order = 0) : FieldMiddlewareAttribute(order)
{
    public override void Configure(FieldMiddlewareContext context) =>
        context.Use(next => resolverContext =>
        {
            resolverContext.LocalContextData[LocalStateAttribute.KeyOf(typeof(Window))] = new Window(size);
            return next(resolverContext);
        });
}

/// <summary>Injected by type: every parameter of this type reads the local state keyed by the type.</summary>
[LocalState]
public readonly record struct Window(int Size);

/// <summary>Claims a type name through the middleware API.</summary>
public sealed class AddsTypeAttribute(string typeName, [CallerLineNumber] int order = 0) : FieldMiddlewareAttribute(order)
{
    public override void Configure(FieldMiddlewareContext context) =>
        context.GetOrAddType(typeName, () => new ObjectType(typeName) { Fields = { new OutputField("x", new NonNullType(context.OutputTypeOf(typeof(int)))) } });
}

public sealed record Book(string Title);

[QueryType]
public static class MiddlewareQueries
{
    private static readonly Book[] Books = [new("Dune"), new("Emma"), new("Ulysses")];

    [Wrap("outer")]
    [Wrap("middle")]
    [Wrap("inner")]
    public static string GetLayered() => "value";

    [Counted]
    public static IQueryable<Book> GetBooks([LocalState("take")] int take) => Books.AsQueryable().Take(take);

    [Counted]
    public static Task<List<Book?>> GetMaybeBooksAsync() => Task.FromResult(new List<Book?> { Books[0], null });

    [Window(7)]
    public static int GetWindowSize(Window window) => window.Size;

    [Wrap("unset")]
    public static string GetOptionalWindow(Window? window) => window?.Size.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";

    public static int GetRequiredWindow(Window window) => window.Size;
}

[QueryType]
public static class ConflictingQueries
{
    public static Book GetBook() => new("Dune");

    [AddsType("Book")]
    public static int GetClaimsBook() => 1;

    [Counted]
    public static int GetNotAList() => 1;
}

[SubscriptionType]
public static class MiddlewareSubscriptions
{
    [Wrap("event")]
    public static async IAsyncEnumerable<string> OnTick()
    {
        await Task.Yield();
        yield return "tick";
    }
}
