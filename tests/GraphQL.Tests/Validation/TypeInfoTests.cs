using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Tests.Validation;

public class TypeInfoTests
{
    [Fact]
    public void Fields_know_their_parent_type_definition_and_type()
    {
        var recorder = Record("""
            {
              catOrDog { __typename ... on Dog { owner { pets { name } } } }
              unknown { name }
            }
            """);

        Assert.Equal(
            [
                "catOrDog on Query: CatOrDog",
                "__typename on CatOrDog: String!",
                "owner on Dog: Human",
                "pets on Human: [Pet!]",
                "name on Pet: String!",
                "unknown on Query: (unknown)",
                "name on (none): (unknown)",
            ],
            recorder.Fields);
    }

    [Fact]
    public void Fragments_set_the_type_in_scope()
    {
        var recorder = Record("""
            { pet { ... { name } ... on Dog { name } } }
            fragment f on Cat { name }
            fragment g on NotInSchema { name }
            """);

        Assert.Equal(
            ["pet on Query: Pet", "name on Pet: String!", "name on Dog: String!", "name on Cat: String!", "name on (none): (unknown)"],
            recorder.Fields);
    }

    [Fact]
    public void Values_know_their_expected_type_default_value_and_parent_input_object()
    {
        var recorder = Record("""
            query q($v: [Int] = [1]) {
              arguments { optionalNonNullBooleanArgField(optionalBooleanArg: true) }
              findDog(complex: { name: $name, requiredWithDefault: 2 }) @include(if: $on) { name }
              addPets(pets: [{ cat: { name: "c" } }])
            }
            """);

        Assert.Equal(
            [
                "[1] : [Int] default - parent -",
                "1 : Int default - parent -",
                "true : Boolean! default false parent -",
                "{name: $name, requiredWithDefault: 2} : ComplexInput default - parent -",
                "$name : String! default - parent ComplexInput",
                "2 : Int! default 1 parent ComplexInput",
                "$on : Boolean! default - parent -",
                "[{cat: {name: \"c\"}}] : (unknown) default - parent -",
                "{cat: {name: \"c\"}} : (unknown) default - parent -",
                "{name: \"c\"} : (unknown) default - parent -",
                "\"c\" : (unknown) default - parent -",
            ],
            recorder.Values);
    }

    [Fact]
    public void Input_fields_of_OneOf_objects_in_lists_know_their_parent()
    {
        var recorder = Record("""
            mutation { addPets(pets: [{ cat: $cat }]) { name } }
            """);

        Assert.Equal(
            [
                "[{cat: $cat}] : [PetInput!]! default - parent -",
                "{cat: $cat} : PetInput! default - parent -",
                "$cat : CatInput default - parent PetInput",
            ],
            recorder.Values);
    }

    [Fact]
    public void Directive_arguments_are_resolved_against_the_directive_not_the_field()
    {
        var recorder = Record("""
            { dog { isHouseTrained(atOtherHomes: true) @skip(if: false) @unknown(atOtherHomes: 1) } }
            """);

        Assert.Equal(
            [
                "true : Boolean default - parent -",
                "false : Boolean! default - parent -",
                "1 : (unknown) default - parent -",
            ],
            recorder.Values);
    }

    private static Recorder Record(string document)
    {
        var recorder = new Recorder();
        DocumentValidator.Validate(ValidationSchema.Instance, Parser.Parse(document), [recorder], new ValidationOptions());
        return recorder;
    }

    private sealed class Recorder : IValidationRule
    {
        public List<string> Fields { get; } = [];

        public List<string> Values { get; } = [];

        public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(this, context.TypeInfo);

        private sealed class Visitor(Recorder recorder, TypeInfo typeInfo) : ValidationVisitor
        {
            public override void EnterField(FieldNode node) => recorder.Fields.Add(
                $"{node.Name.Value} on {typeInfo.ParentType?.Name ?? "(none)"}: {typeInfo.Type?.Print() ?? "(unknown)"}");

            public override void EnterValue(IValueNode node) => recorder.Values.Add(
                $"{node} : {typeInfo.InputType?.Print() ?? "(unknown)"} default {typeInfo.DefaultValue?.ToString() ?? "-"} parent {typeInfo.ParentInputObjectType?.Name ?? "-"}");
        }
    }
}
