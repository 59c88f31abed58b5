using System.Diagnostics.CodeAnalysis;

namespace GraphQL.Types;

/// <summary>
/// HotChocolate's <c>UUID</c>: a <see cref="Guid"/>, written in the hyphenated lower-case form
/// <c>0f8fad5b-d9cb-469f-a165-70867728950e</c>. Input in any of .NET's GUID forms (N, D, B, P) is accepted.
/// </summary>
public sealed class UuidType : FormattedScalarType<Guid>
{
    public UuidType() : base("UUID")
    {
        Description = "The `UUID` scalar type represents a universally unique identifier (RFC 4122), "
            + "written as 32 hexadecimal digits in hyphenated groups such as `0f8fad5b-d9cb-469f-a165-70867728950e`.";
        SpecifiedByUrl = "https://tools.ietf.org/html/rfc4122";
    }

    protected override string FormatDescription => "a UUID such as \"0f8fad5b-d9cb-469f-a165-70867728950e\"";

    protected override bool TryFormat(object value, [NotNullWhen(true)] out string? text)
    {
        text = value is Guid guid ? guid.ToString("D") : null;
        return text is not null;
    }

    protected override bool TryParse(string text, out Guid value) => Guid.TryParse(text, out value);
}
