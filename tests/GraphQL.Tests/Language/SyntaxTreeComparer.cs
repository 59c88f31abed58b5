using GraphQL.Language;

namespace GraphQL.Tests.Language;

/// <summary>
/// Structural equality of syntax trees: same kinds, same values, same children in the same order. Locations are
/// ignored, and so is whether a string was written quoted or as a block string (the value is compared).
/// </summary>
internal static class SyntaxTreeComparer
{
    public static void AssertEqual(SyntaxNode expected, SyntaxNode actual) => AssertEqual(expected, actual, "root");

    private static void AssertEqual(SyntaxNode expected, SyntaxNode actual, string path)
    {
        Assert.True(expected.Kind == actual.Kind, $"{path}: expected a {expected.Kind} node, found {actual.Kind}.");
        Assert.True(ValueOf(expected) == ValueOf(actual), $"{path}: expected value {ValueOf(expected)}, found {ValueOf(actual)}.");
        var expectedChildren = expected.GetChildren().ToList();
        var actualChildren = actual.GetChildren().ToList();
        Assert.True(
            expectedChildren.Count == actualChildren.Count,
            $"{path}: expected {expectedChildren.Count} children, found {actualChildren.Count}.");
        for (var i = 0; i < expectedChildren.Count; i++)
        {
            AssertEqual(expectedChildren[i], actualChildren[i], $"{path}/{expected.Kind}[{i}]");
        }
    }

    /// <summary>What a node holds besides its children.</summary>
    private static string? ValueOf(SyntaxNode node) => node switch
    {
        NameNode name => name.Value,
        IntValueNode intValue => intValue.Value,
        FloatValueNode floatValue => floatValue.Value,
        StringValueNode stringValue => stringValue.Value,
        BooleanValueNode boolean => boolean.Value.ToString(),
        EnumValueNode enumValue => enumValue.Value,
        OperationDefinitionNode operation => operation.Operation.ToString(),
        OperationTypeDefinitionNode operationType => operationType.Operation.ToString(),
        DirectiveDefinitionNode directive => directive.IsRepeatable.ToString(),
        _ => null,
    };
}
