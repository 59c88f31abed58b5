using GraphQL.Types;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;

namespace GraphQL.Tests.CodeFirst;

public sealed class AbstractTypeTests
{
    private static readonly Schema Schema = BuildSchema(b => b
        .AddQueryType(typeof(PetQuery))
        .AddType<Dog>()
        .AddType(typeof(Cat))
        .AddType<INamed>());

    [Fact]
    public void CSharp_interfaces_returned_by_fields_become_interfaces_with_their_fields()
    {
        var pet = Schema.GetType<InterfaceType>("Pet");

        Assert.Equal(["name", "owner", "nickname"], pet.Fields.Select(f => f.Name));
        Assert.Equal(typeof(IPet), pet.RuntimeType);
        Assert.Equal("[Pet!]!", Schema.FieldType("Query", "pets"));
    }

    [Fact]
    public void Classes_implement_every_GraphQL_interface_their_CLR_type_implements()
    {
        Assert.Equal(["Named", "Pet"], Schema.GetType<ObjectType>("Dog").Interfaces.Select(i => i.Name).Order());
        Assert.Equal(["Named"], Schema.GetType<InterfaceType>("Pet").Interfaces.Select(i => i.Name));
        Assert.Equal(["Cat", "Dog"], Schema.GetPossibleTypes(Schema.GetType<InterfaceType>("Pet")).Select(t => t.Name).Order());
    }

    [Fact]
    public void Object_types_are_bound_to_their_CLR_types_for_type_resolution()
    {
        var dog = Schema.GetType<ObjectType>("Dog");

        Assert.True(dog.IsInstanceOf(new Dog()));
        Assert.False(dog.IsInstanceOf(new Cat()));
    }

    [Fact]
    public void Marker_interfaces_with_UnionType_become_unions_of_their_implementations()
    {
        var union = Schema.GetType<UnionType>("SearchResult");

        Assert.Equal(["Cat", "Dog"], union.Types.Select(t => t.Name).Order());
        Assert.Equal("[SearchResult!]!", Schema.FieldType("Query", "search"));
    }

    [Fact]
    public void Abstract_classes_marked_InterfaceType_become_interfaces()
    {
        var schema = BuildSchema(b => b.AddQueryType(typeof(VehicleQuery)).AddType<Bike>());

        Assert.IsType<InterfaceType>(schema.FindType("Vehicle"));
        Assert.Equal(["Vehicle"], schema.GetType<ObjectType>("Bike").Interfaces.Select(i => i.Name));
        Assert.Equal(["wheels", "id"], schema.FieldNames("Bike"));
    }

    [Fact]
    public void Implementations_in_scanned_types_join_the_schema_without_being_added()
    {
        var schema = BuildSchema(b => b.AddTypes([typeof(PetQuery), typeof(Dog), typeof(Cat), typeof(Turtle<>), typeof(AbstractPet)]));

        Assert.Equal(["Cat", "Dog"], schema.GetPossibleTypes(schema.GetType<InterfaceType>("Pet")).Select(t => t.Name).Order());
    }

    [Fact]
    public void An_interface_extended_with_ObjectType_is_an_error()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(PetQuery)).AddType<Dog>().AddType(typeof(PetExtensions)));

        Assert.Contains(
            "The class 'PetExtensions' extends 'IPet' with [ObjectType<IPet>], but 'Pet' is of kind Interface; only object types can be extended.",
            errors);
    }

    public interface INamed
    {
        string Name { get; }
    }

    public interface IPet : INamed
    {
        Person Owner { get; }

        string? GetNickname();
    }

    [UnionType]
    public interface ISearchResult;

    public sealed class Person
    {
        public string Name => "Ann";
    }

    public sealed class Dog : IPet, ISearchResult
    {
        public string Name => "Rex";

        public Person Owner => new();

        public bool Barks => true;

        public string? GetNickname() => null;
    }

    public sealed class Cat : IPet, ISearchResult
    {
        public string Name => "Tom";

        public Person Owner => new();

        public string? GetNickname() => "Kitty";
    }

    /// <summary>Generic and abstract classes are never picked up as implementations.</summary>
    public sealed class Turtle<T> : IPet
    {
        public string Name => typeof(T).Name;

        public Person Owner => new();

        public string? GetNickname() => null;
    }

    public abstract class AbstractPet : IPet
    {
        public abstract string Name { get; }

        public Person Owner => new();

        public string? GetNickname() => null;
    }

    [QueryType]
    public static class PetQuery
    {
        public static IReadOnlyList<IPet> GetPets() => [new Dog(), new Cat()];

        public static IEnumerable<ISearchResult> Search(string text) => [new Dog()];
    }

    [ObjectType<IPet>]
    public static class PetExtensions
    {
        public static int Age([Parent] IPet pet) => 3;
    }

    [InterfaceType]
    public abstract class Vehicle
    {
        public abstract int Wheels { get; }
    }

    public sealed class Bike : Vehicle
    {
        public override int Wheels => 2;

        public string Id => "b1";
    }

    [QueryType]
    public static class VehicleQuery
    {
        public static Vehicle Vehicle() => new Bike();
    }
}
