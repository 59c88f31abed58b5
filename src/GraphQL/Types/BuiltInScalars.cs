namespace GraphQL.Types;

/// <summary>The spec's scalars (always in a schema) and HotChocolate's extended scalars (added when used). PLACEHOLDER: the types helper replaces this.</summary>
public static partial class BuiltInScalars
{
    public static ScalarType String => throw new NotImplementedException();
    public static ScalarType Boolean => throw new NotImplementedException();
    public static IReadOnlyList<ScalarType> Specified => [];
}
