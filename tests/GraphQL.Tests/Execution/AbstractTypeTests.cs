using GraphQL.Execution;
using GraphQL.Types;
using static GraphQL.Tests.Execution.ExecutionTestExtensions;

namespace GraphQL.Tests.Execution;

/// <summary>Fragments on interfaces and unions, type resolution by ResolveType and by IsInstanceOf, and __typename.</summary>
public sealed class AbstractTypeTests
{
    private const string Sdl = """
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String meows: Boolean }
        type Human { name: String }
        union Being = Dog | Cat | Human
        type Query { pets: [Pet] beings: [Being] pet: Pet }
        """;

    private const string Query = """
        {
          pets { __typename name ... on Dog { barks } ...CatFields }
          beings { __typename ... on Pet { name } ... on Human { name } ... on Dog { barks } }
        }
        fragment CatFields on Cat { meows }
        """;

    private const string Expected = "{'pets':[{'__typename':'Dog','name':'Rex','barks':true},{'__typename':'Cat','name':'Tom','meows':false}]," +
        "'beings':[{'__typename':'Human','name':'Ann'},{'__typename':'Dog','name':'Rex','barks':true}]}";

    private static readonly object[] PetValues = [new Dog("Rex", true), new Cat("Tom", false)];
    private static readonly object[] BeingValues = [new Human("Ann"), new Dog("Rex", true)];

    [Fact]
    public async Task TypesAreRecognisedByTheirRuntimeTypes()
    {
        var executor = Schema()
            .BindRuntimeType("Dog", typeof(Dog))
            .BindRuntimeType("Cat", typeof(Cat))
            .BindRuntimeType("Human", typeof(Human))
            .Executor();

        var result = await executor.RunAsync(Query);

        Assert.Empty(result.Errors);
        Assert.Equal(Json(Expected), JsonValueWriter.ToJson(result.Data));
    }

    [Fact]
    public async Task TypeResolversDecideWhenGiven()
    {
        static ObjectType? ByClrName(object value, IResolverContext context) => context.Schema.FindType(value.GetType().Name) as ObjectType;
        var executor = Schema()
            .BindTypeResolver("Pet", ByClrName)
            .BindTypeResolver("Being", ByClrName)
            .Executor();

        var result = await executor.RunAsync(Query);

        Assert.Empty(result.Errors);
        Assert.Equal(Json(Expected), JsonValueWriter.ToJson(result.Data));
    }

    [Fact]
    public async Task AValueOfNoKnownTypeIsAFieldError()
    {
        var executor = SchemaBuilder.FromSdl(Sdl).BindResolver("Query", "pet", Returns(new Human("Ann"))).Executor();

        var result = await executor.RunAsync("{ pet { name } }");

        Assert.Null(result.Data!["pet"]);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("The object type of the value of field \"Query.pet\" (abstract type \"Pet\") could not be resolved", error.Message);
        Assert.Equal(ErrorCodes.CannotResolveAbstractType, error.Code);
    }

    [Fact]
    public async Task ATypeResolverReturningATypeOutsideTheAbstractTypeIsAFieldError()
    {
        var executor = SchemaBuilder.FromSdl(Sdl)
            .BindResolver("Query", "pet", Returns(new Human("Ann")))
            .BindTypeResolver("Pet", (_, context) => context.Schema.GetType<ObjectType>("Human"))
            .Executor();

        var result = await executor.RunAsync("{ pet { name } }");

        var error = Assert.Single(result.Errors);
        Assert.Equal("Type \"Human\", resolved for field \"Query.pet\", is not a possible type of \"Pet\".", error.Message);
        Assert.Equal(["pet"], error.Path!.ToList());
    }

    [Fact]
    public async Task TypenameNamesTheObjectTypeEverywhere()
    {
        var executor = Schema().BindRuntimeType("Dog", typeof(Dog)).Executor();

        var result = await executor.RunAsync("{ __typename pet { kind: __typename } }");

        Assert.Equal(Json("{'__typename':'Query','pet':{'kind':'Dog'}}"), JsonValueWriter.ToJson(result.Data));
    }

    private static SdlSchemaBuilder Schema() => SchemaBuilder.FromSdl(Sdl)
        .BindResolver("Query", "pets", Returns(PetValues))
        .BindResolver("Query", "beings", Returns(BeingValues))
        .BindResolver("Query", "pet", Returns(PetValues[0]));

    private sealed record Dog(string Name, bool Barks);

    private sealed record Cat(string Name, bool Meows);

    private sealed record Human(string Name);
}
