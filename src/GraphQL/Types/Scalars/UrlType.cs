using System.Diagnostics.CodeAnalysis;

namespace GraphQL.Types;

/// <summary>HotChocolate's <c>URL</c>: an absolute <see cref="Uri"/> (RFC 3986), written as a string.</summary>
public sealed class UrlType : FormattedScalarType<Uri>
{
    public UrlType() : base("URL")
    {
        Description = "The `URL` scalar type represents an absolute uniform resource locator (RFC 3986), "
            + "such as `https://example.com/path?query=1`.";
        SpecifiedByUrl = "https://tools.ietf.org/html/rfc3986";
    }

    protected override string FormatDescription => "an absolute URL";

    protected override bool TryFormat(object value, [NotNullWhen(true)] out string? text)
    {
        text = value is Uri { IsAbsoluteUri: true } uri ? uri.AbsoluteUri : null;
        return text is not null;
    }

    /// <summary>On Unix, .NET reads <c>/path</c> as an absolute file URI; a URL must name its scheme.</summary>
    protected override bool TryParse(string text, [NotNullWhen(true)] out Uri? value) =>
        Uri.TryCreate(text, UriKind.Absolute, out value) && !text.StartsWith('/');
}
