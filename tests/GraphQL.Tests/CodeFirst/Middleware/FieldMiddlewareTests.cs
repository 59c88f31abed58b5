using GraphQL.Execution;
using GraphQL.Types;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;
using static GraphQL.Tests.Execution.ExecutionTestExtensions;

namespace GraphQL.Tests.CodeFirst.Middleware;

/// <summary>
/// The code-first field middleware extension point: <see cref="FieldMiddlewareAttribute"/>s shape fields and wrap
/// resolvers in declaration order, types they make are shared by name, local state reaches resolver parameters.
/// </summary>
public sealed class FieldMiddlewareTests
{
    private static readonly Schema Schema = BuildSchema(b => b.AddQueryType(typeof(MiddlewareQueries)));

    [Fact]
    public async Task TheFirstDeclaredMiddlewareIsTheOutermost()
    {
        var json = await new RequestExecutor(Schema).RunJsonAsync("{ layered }");

        Assert.Equal(Json("{'data':{'layered':'outer(middle(inner(value)))'}}"), json);
    }

    [Fact]
    public void MiddlewareChangesTheFieldsTypeAndArgumentsAndSharesTypesByName()
    {
        Assert.Equal("BooksCounted!", Schema.FieldType("Query", "books"));
        Assert.Equal("MaybeBooksCounted!", Schema.FieldType("Query", "maybeBooks"));
        Assert.Equal("[Book!]!", Schema.FieldType("BooksCounted", "items"));
        Assert.Equal("[Book]!", Schema.FieldType("MaybeBooksCounted", "items"));
        Assert.Same(Schema.Field("BooksCounted", "info").Type.NamedType(), Schema.Field("MaybeBooksCounted", "info").Type.NamedType());
        Assert.Equal("Int", Schema.Argument("Query", "books", "take").Type.Print());
        // [LocalState] parameters are not arguments.
        Assert.Equal(["take"], Schema.Field("Query", "books").Arguments.Select(a => a.Name));
        Assert.Empty(Schema.Field("Query", "windowSize").Arguments);
    }

    [Fact]
    public void TheContextGivesTheElementTypeOfListsTasksAndQueryables()
    {
        var books = Schema.Field("Query", "books").ContextData;
        var maybeBooks = Schema.Field("Query", "maybeBooks").ContextData;

        Assert.Equal(typeof(Book), books["elementType"]);
        Assert.Equal("Book!", books["elementOutputType"]);
        Assert.Equal("Book", books["elementNamedType"]);
        Assert.Equal(typeof(Book), maybeBooks["elementType"]);
        Assert.Equal("Book", maybeBooks["elementOutputType"]);
    }

    [Fact]
    public async Task ResolverParametersReceiveTheLocalStateTheMiddlewareSet()
    {
        var result = await new RequestExecutor(Schema).RunAsync(
            "{ books(take: 2) { count items { title } info { note } } all: books(take: 3) { count } windowSize optionalWindow }");

        Assert.Empty(result.Errors);
        Assert.Equal(
            Json("{'books':{'count':2,'items':[{'title':'Dune'},{'title':'Emma'}],'info':{'note':'counted'}},'all':{'count':3},'windowSize':7,'optionalWindow':'unset(none)'}"),
            JsonValueWriter.ToJson(result.Data));
    }

    [Fact]
    public async Task AParameterWhoseLocalStateNoMiddlewareSetIsAConfigurationError()
    {
        var result = await new RequestExecutor(Schema, new ExecutionOptions { IncludeExceptionDetails = true }).RunAsync("{ requiredWindow }");

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.UnexpectedError, error.Extensions!["code"]);
        Assert.StartsWith(
            $"No field middleware set the local state '{typeof(Window).FullName}' that the parameter 'window' of method 'MiddlewareQueries.GetRequiredWindow' requires.",
            (string)error.Extensions["message"]!);
    }

    [Fact]
    public void BuildErrorsNameTheMemberTheAttributeAndTheProblem()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(ConflictingQueries)));

        Assert.Equal(
            [
                "The method 'ConflictingQueries.GetClaimsBook' has [AddsType], which cannot apply: the type name 'Book' is already taken by another type of the schema; rename that type with [GraphQLName], or give the middleware another name.",
                "The method 'ConflictingQueries.GetNotAList' has [Counted], which cannot apply: [Counted] needs a member that returns a list.",
            ],
            errors);
    }

    [Fact]
    public void MiddlewareOnASubscriptionFieldIsABuildError()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(SelectionQueries)).AddSubscriptionType(typeof(MiddlewareSubscriptions)));

        Assert.Equal(
            ["The method 'MiddlewareSubscriptions.OnTick' has [Wrap], but field middleware does not apply to subscription fields."],
            errors);
    }
}
