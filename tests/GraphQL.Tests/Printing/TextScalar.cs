using System.Diagnostics.CodeAnalysis;
using GraphQL.Types;

namespace GraphQL.Tests.Printing;

/// <summary>A custom scalar for tests: any string, as it is.</summary>
internal sealed class TextScalar(string name) : FormattedScalarType<string>(name)
{
    protected override string FormatDescription => "a string";

    protected override bool TryFormat(object value, [NotNullWhen(true)] out string? text)
    {
        text = value as string;
        return text is not null;
    }

    protected override bool TryParse(string text, [NotNullWhen(true)] out string? value)
    {
        value = text;
        return true;
    }
}
