using GraphQL.Types;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;

namespace GraphQL.Tests.CodeFirst;

/// <summary>What cannot be mapped is reported at build, all problems at once, naming the member at fault.</summary>
public sealed class BuildErrorTests
{
    [Fact]
    public void A_field_defined_by_two_merged_classes_is_an_error_naming_both()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(FirstQuery)).AddQueryType(typeof(SecondQuery)));

        Assert.Equal(
            ["The field 'Query.user' is defined twice: by method 'FirstQuery.GetUser' and by method 'SecondQuery.UserAsync'; rename one of them with [GraphQLName]."],
            errors);
    }

    [Fact]
    public void Unsupported_parameter_types_are_errors_naming_the_method_and_the_parameter()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(UnsupportedParameterQuery)));

        Assert.Contains(
            "The parameter 'stream' of method 'UnsupportedParameterQuery.Upload' has the CLR type 'MemoryStream', which cannot be a GraphQL input type: " +
            "framework types are not mapped; bind a scalar to it with BindScalar, or, for a resolver parameter that comes from dependency injection, mark it [Service].",
            errors);
        Assert.Contains(
            "The parameter 'filter' of method 'UnsupportedParameterQuery.Find' has the CLR type 'Object', which cannot be a GraphQL input type: " +
            "it has no fields; use a specific type, or set the type with [GraphQLType].",
            errors);
        Assert.Contains("The parameter 'count' of method 'UnsupportedParameterQuery.Count' is passed by reference; resolver parameters must be passed by value.", errors);
    }

    [Fact]
    public void Unsupported_result_types_are_errors_naming_the_member()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(UnsupportedResultQuery)));

        Assert.Contains(
            "The method 'UnsupportedResultQuery.Callback' has the CLR type 'Func<Int32>', which cannot be a GraphQL output type: delegates are not data.",
            errors);
        Assert.Contains(
            "The method 'UnsupportedResultQuery.Stream' has the CLR type 'IAsyncEnumerable<Int32>', which cannot be a GraphQL output type: asynchronous streams are only supported as the result of subscription fields.",
            errors);
        Assert.Contains(
            "The method 'UnsupportedResultQuery.Forget' returns no value, so it cannot be a field; return the value, or mark the method [GraphQLIgnore].",
            errors);
        Assert.Contains(
            "The property 'Holder.Values' has the CLR type 'IntPtr', which cannot be a GraphQL output type: no scalar is bound to it; bind one with BindScalar.",
            errors);
    }

    [Fact]
    public void Subscription_fields_must_return_streams()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(FirstQuery)).AddSubscriptionType(typeof(NotAStreamSubscription)));

        Assert.Equal(
            ["The method 'NotAStreamSubscription.Latest' is on the subscription type but does not return a stream; subscription fields return IAsyncEnumerable<T> (possibly in a Task or ValueTask)."],
            errors);
    }

    [Fact]
    public void Two_CLR_types_with_the_same_GraphQL_name_are_an_error()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(ClashQuery)));

        Assert.Equal(
            [$"The GraphQL type name 'User' is claimed by both the CLR type '{typeof(FirstQuery.User).FullName}' and the CLR type '{typeof(SecondQuery.User).FullName}'; rename one of them with [GraphQLName]."],
            errors);
    }

    [Fact]
    public void A_schema_without_query_type_is_an_error()
    {
        var errors = BuildErrors(b => b.AddMutationType(typeof(UnsupportedResultQuery)).AddType<Holder>());

        Assert.Contains("The schema has no query type: mark a class [QueryType] and add it with AddQueryType or AddTypesFromAssembly.", errors);
    }

    [Fact]
    public void Resolver_classes_need_a_parameterless_constructor_unless_static()
    {
        var errors = BuildErrors(b => b.AddQueryType<NeedsConstructorArguments>());

        Assert.Contains(
            "The resolver class 'NeedsConstructorArguments' must be static, or have a public parameterless constructor so that one instance can serve every request.",
            errors);
    }

    [Fact]
    public void Unknown_names_and_bad_syntax_in_GraphQLType_are_errors()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(BadTypeReferenceQuery)));

        Assert.Contains(
            "The method 'BadTypeReferenceQuery.Missing' has the [GraphQLType] 'Money!', but the schema has no type named 'Money'; register it with AddType or AddScalar.",
            errors);
        Assert.Contains(errors, e => e.StartsWith("The method 'BadTypeReferenceQuery.Broken' has the [GraphQLType] '[Int', which is not a GraphQL type reference: Syntax Error:", StringComparison.Ordinal));
    }

    [Fact]
    public void Type_system_rules_are_still_checked_on_the_result()
    {
        var error = Assert.Throws<SchemaException>(() => BuildSchema(b => b.AddQueryType(typeof(InvalidNameQuery))));

        Assert.Contains(error.Errors, e => e.Contains("__secret", StringComparison.Ordinal));
    }

    [QueryType]
    public static class FirstQuery
    {
        public static User GetUser() => new();

        public sealed class User
        {
            public string Name => "";
        }
    }

    [QueryType]
    public static class SecondQuery
    {
        public static Task<string> UserAsync() => Task.FromResult("");

        public sealed class User
        {
            public string Id => "";
        }
    }

    [QueryType]
    public static class ClashQuery
    {
        public static FirstQuery.User First() => new();

        public static SecondQuery.User Second() => new();
    }

    [QueryType]
    public static class UnsupportedParameterQuery
    {
        /// <summary>Abstract <see cref="Stream"/> would be a service; the concrete class would have to be an input object.</summary>
        public static bool Upload([Service] IServiceProvider services, Stream source, MemoryStream stream) => true;

        public static bool Find(object filter) => true;

        public static bool Count(ref int count) => true;
    }

    public sealed class Holder
    {
        public nint Values => 0;
    }

    [QueryType]
    public static class UnsupportedResultQuery
    {
        public static Func<int> Callback() => () => 1;

        public static async IAsyncEnumerable<int> Stream()
        {
            await Task.Yield();
            yield return 1;
        }

        public static Task Forget() => Task.CompletedTask;

        public static Holder Holder() => new();
    }

    [SubscriptionType]
    public static class NotAStreamSubscription
    {
        public static int Latest() => 1;
    }

    public sealed class NeedsConstructorArguments(string prefix)
    {
        public string Name => prefix;
    }

    [QueryType]
    public static class BadTypeReferenceQuery
    {
        [GraphQLType("Money!")]
        public static decimal Missing() => 0;

        [GraphQLType("[Int")]
        public static int[] Broken() => [];
    }

    [QueryType]
    public static class InvalidNameQuery
    {
        [GraphQLName("__secret")]
        public static string Secret() => "";
    }
}
