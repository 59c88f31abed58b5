using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.RuleTester;

namespace GraphQL.Tests.Validation.Rules;

public class SubscriptionSingleRootFieldRuleTests
{
    private static readonly SubscriptionSingleRootFieldRule Rule = new();

    [Fact]
    public void A_single_root_field_is_valid() => ExpectValid(Rule, """
        subscription sub {
          newMessage {
            body
            sender
          }
        }
        """);

    [Fact]
    public void A_single_root_field_from_a_fragment_is_valid() => ExpectValid(Rule, """
        subscription sub {
          ...newMessageFields
        }

        fragment newMessageFields on Subscription {
          newMessage {
            body
            sender
          }
        }
        """);

    [Fact]
    public void The_same_root_field_selected_twice_is_one_field() => ExpectValid(Rule, """
        subscription sub {
          newMessage { body }
          ... on Subscription { newMessage { sender } }
        }
        """);

    [Fact]
    public void A_second_root_field_is_invalid() => ExpectErrors(Rule, """
        subscription sub {
          newMessage {
            body
            sender
          }
          disallowedSecondRootField
        }
        """,
        new ExpectedError("Subscription \"sub\" selects 2 root fields; a subscription must select exactly one.", (6, 3)));

    [Fact]
    public void A_second_root_field_from_a_fragment_is_invalid() => ExpectErrors(Rule, """
        subscription sub {
          ...multipleSubscriptions
        }

        fragment multipleSubscriptions on Subscription {
          newMessage {
            body
            sender
          }
          disallowedSecondRootField
        }
        """,
        new ExpectedError("Subscription \"sub\" selects 2 root fields; a subscription must select exactly one.", (10, 3)));

    [Fact]
    public void An_introspection_root_field_is_invalid() => ExpectErrors(Rule, """
        subscription sub {
          __typename
        }
        """,
        new ExpectedError("Subscription \"sub\" must not select the introspection field \"__typename\" as its root field.", (2, 3)));

    [Fact]
    public void An_anonymous_subscription_is_named_as_such() => ExpectErrors(Rule, """
        subscription {
          newMessage { body }
          other: newMessage { body }
        }
        """,
        new ExpectedError("The anonymous subscription selects 2 root fields; a subscription must select exactly one.", (3, 3)));

    [Fact]
    public void Skip_on_a_root_field_is_invalid() => ExpectErrors(Rule, """
        subscription sub($off: Boolean!) {
          newMessage @skip(if: $off) {
            body
          }
        }
        """,
        new ExpectedError("Subscription \"sub\" must not use \"@skip\" on its root selections: its root field must not depend on variables.", (2, 14)));

    [Fact]
    public void Include_on_a_root_fragment_is_invalid() => ExpectErrors(Rule, """
        subscription sub($on: Boolean!) {
          ... @include(if: $on) {
            newMessage { body }
          }
          ...messageFields @include(if: $on)
        }

        fragment messageFields on Subscription {
          newMessage { sender }
        }
        """,
        new ExpectedError("Subscription \"sub\" must not use \"@include\" on its root selections: its root field must not depend on variables.", (2, 7)),
        new ExpectedError("Subscription \"sub\" must not use \"@include\" on its root selections: its root field must not depend on variables.", (5, 20)));

    [Fact]
    public void Skip_below_the_root_field_is_valid() => ExpectValid(Rule, """
        subscription sub($off: Boolean!) {
          newMessage {
            body @skip(if: $off)
          }
        }
        """);

    [Fact]
    public void Fragments_that_cannot_apply_to_the_subscription_type_are_not_collected() => ExpectValid(Rule, """
        subscription sub {
          newMessage { body }
          ... on Query { dog { name } }
          ...queryFields
        }

        fragment queryFields on Query {
          human { name }
        }
        """);

    [Fact]
    public void A_subscription_whose_fragments_select_nothing_is_invalid() => ExpectErrors(Rule, """
        subscription sub {
          ... on Query { dog { name } }
          ...undefinedFragment
        }
        """,
        new ExpectedError("Subscription \"sub\" selects no root field; a subscription must select exactly one.", (1, 1)));

    [Fact]
    public void Queries_may_select_several_root_fields() => ExpectValid(Rule, """
        query { dog { name } human { name } __typename }
        """);
}
