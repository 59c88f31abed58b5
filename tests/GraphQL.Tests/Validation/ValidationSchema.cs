using GraphQL.Types;

namespace GraphQL.Tests.Validation;

/// <summary>
/// The example schema of spec section 5 (Dog, Cat, Pet, Human, Alien, the Arguments type, PetInput @oneOf…), with a
/// few additions the tests need: a Subscription and Mutation type, ComplexInput, an enum-returning field and
/// custom directives.
/// </summary>
internal static class ValidationSchema
{
    public const string Sdl = """
        type Query {
          dog: Dog
          findDog(searchBy: FindDogInput, complex: ComplexInput): Dog
          human: Human
          pet: Pet
          catOrDog: CatOrDog
          arguments: Arguments
          booleanList(booleanListArg: [Boolean!]): Boolean
          favoriteCommand: DogCommand
        }

        type Mutation {
          addPet(pet: PetInput!): Pet
          addPets(pets: [PetInput!]!): [Pet]
        }

        type Subscription {
          newMessage: Message
          disallowedSecondRootField: Boolean
        }

        type Message {
          body: String
          sender: String
        }

        enum DogCommand {
          SIT
          DOWN
          HEEL
        }

        type Dog implements Pet {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          owner: Human
        }

        interface Sentient {
          name: String!
        }

        interface Pet {
          name: String!
        }

        type Alien implements Sentient {
          name: String!
          homePlanet: String
        }

        type Human implements Sentient {
          name: String!
          pets: [Pet!]
        }

        enum CatCommand {
          JUMP
        }

        type Cat implements Pet {
          name: String!
          nickname: String
          doesKnowCommand(catCommand: CatCommand!): Boolean!
          meowVolume: Int
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        input FindDogInput {
          name: String
          owner: String
        }

        input CatInput {
          name: String!
          nickname: String
          meowVolume: Int
        }

        input DogInput {
          name: String!
          nickname: String
          barkVolume: Int
        }

        input PetInput @oneOf {
          cat: CatInput
          dog: DogInput
        }

        input ComplexInput {
          name: String!
          owner: String
          requiredWithDefault: Int! = 1
        }

        type Arguments {
          multipleRequirements(x: Int!, y: Int!): Int!
          booleanArgField(booleanArg: Boolean): Boolean
          floatArgField(floatArg: Float): Float
          intArgField(intArg: Int): Int
          nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
          booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
          optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
          nonNullBooleanListField(nonNullBooleanListArg: [Boolean]!): Boolean
          nestedListArgField(nestedListArg: [[Int]]): Int
        }

        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onVariable on VARIABLE_DEFINITION
        directive @repeatableTag(name: String) repeatable on FIELD
        """;

    public static Schema Instance { get; } = SchemaBuilder.FromSdl(Sdl).Build();

    /// <summary>A schema built from other SDL, for the few cases the example schema cannot show.</summary>
    public static Schema Build(string sdl) => SchemaBuilder.FromSdl(sdl).Build();
}
