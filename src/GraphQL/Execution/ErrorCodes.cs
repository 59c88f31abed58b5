namespace GraphQL.Execution;

/// <summary>
/// The <c>extensions.code</c> values the request pipeline and the executor write. HotChocolate's codes are used
/// where HotChocolate has one, so clients written against it keep working.
/// </summary>
public static class ErrorCodes
{
    /// <summary>An exception that is not a <see cref="GraphQLException"/> escaped a resolver ("Unexpected Execution Error").</summary>
    public const string UnexpectedError = "HC0008";

    /// <summary>The request has no query text and its document id is not in the document cache.</summary>
    public const string DocumentNotFound = "HC0015";

    /// <summary>A variable value or an argument value cannot be coerced to its type.</summary>
    public const string InvalidValue = "HC0016";

    /// <summary>A non-null variable was not given, or null was returned for a non-null field.</summary>
    public const string NonNullViolation = "HC0018";

    /// <summary>The request exceeded <see cref="ExecutionOptions.ExecutionTimeout"/>.</summary>
    public const string Timeout = "HC0045";

    /// <summary>A @oneOf input object was given no field, or more than one.</summary>
    public const string OneOfFieldCount = "HC0054";

    /// <summary>The single field of a @oneOf input object was null.</summary>
    public const string OneOfFieldIsNull = "HC0056";

    /// <summary><c>nodes(ids:)</c> was given more ids than <c>GlobalObjectIdentificationOptions.MaxAllowedNodeBatchSize</c>.</summary>
    public const string TooManyNodes = "HC0076";

    /// <summary>The operation's field cost or type cost is over <c>CostOptions.MaxFieldCost</c> / <c>MaxTypeCost</c>.</summary>
    public const string MaxCostExceeded = "HC0047";

    /// <summary>A field whose <c>@listSize</c> requires exactly one slicing argument got none or several.</summary>
    public const string SlicingArgumentRequired = "HC0082";

    /// <summary>A leaf value returned by a resolver cannot be serialized by its scalar or enum type.</summary>
    public const string InvalidLeafValue = "EXEC_INVALID_LEAF_VALUE";

    /// <summary>The object type of a value of an interface or union type could not be decided.</summary>
    public const string CannotResolveAbstractType = "EXEC_UNABLE_TO_RESOLVE_ABSTRACT_TYPE";

    /// <summary>A list field's resolver returned something that is not a list.</summary>
    public const string ListExpected = "EXEC_LIST_EXPECTED";

    /// <summary>The operation to execute could not be chosen (unknown name, or a name is required).</summary>
    public const string OperationNotFound = "EXEC_OPERATION_NOT_FOUND";

    /// <summary>The operation's root type does not exist in the schema, or a subscription has no source stream.</summary>
    public const string OperationNotSupported = "EXEC_OPERATION_NOT_SUPPORTED";

    /// <summary>Error extensions holding just <paramref name="code"/>.</summary>
    internal static Dictionary<string, object?> Extensions(string code) => new() { ["code"] = code };
}
