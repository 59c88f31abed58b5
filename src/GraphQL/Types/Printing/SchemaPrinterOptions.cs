namespace GraphQL.Types.Printing;

/// <summary>What <see cref="SchemaPrinter"/> includes besides the definitions themselves.</summary>
public sealed class SchemaPrinterOptions
{
    public static SchemaPrinterOptions Default { get; } = new();

    /// <summary>Print descriptions (default true).</summary>
    public bool IncludeDescriptions { get; init; } = true;

    /// <summary>
    /// Print custom directives applied to the schema, types, fields, arguments and enum values (default true).
    /// <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c> are part of the definitions and always printed.
    /// </summary>
    public bool IncludeAppliedDirectives { get; init; } = true;
}
