using System.Reflection;
using System.Text;
using System.Xml.Linq;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Reads descriptions from the XML documentation file the compiler writes next to an assembly
/// (<c>&lt;GenerateDocumentationFile&gt;</c>): the <c>summary</c> of types and members and the <c>param</c> of
/// parameters. Assemblies without a file have no descriptions. Each file is read once.
/// </summary>
internal sealed class XmlDocumentation
{
    private readonly Dictionary<Assembly, IReadOnlyDictionary<string, XElement>> _files = [];

    /// <summary>The summary of a type, property, method or enum member; null when it has none.</summary>
    public string? Summary(MemberInfo member)
    {
        var id = XmlDocumentationIds.Of(member);
        return id is not null && Members(member.Module.Assembly).TryGetValue(id, out var element)
            ? Text(element.Element("summary"))
            : null;
    }

    /// <summary>
    /// The <c>param</c> text of a parameter, from its method's documentation; for a constructor parameter also from
    /// the type's (records document their positional parameters there).
    /// </summary>
    public string? Parameter(ParameterInfo parameter)
    {
        var method = parameter.Member;
        return ParameterText(method, parameter.Name) ??
            (method is ConstructorInfo { DeclaringType: { } type } ? ParameterText(type, parameter.Name) : null);
    }

    private string? ParameterText(MemberInfo member, string? name)
    {
        var id = XmlDocumentationIds.Of(member);
        if (id is null || name is null || !Members(member.Module.Assembly).TryGetValue(id, out var element))
        {
            return null;
        }
        return Text(element.Elements("param").FirstOrDefault(p => (string?)p.Attribute("name") == name));
    }

    private IReadOnlyDictionary<string, XElement> Members(Assembly assembly)
    {
        if (!_files.TryGetValue(assembly, out var members))
        {
            _files[assembly] = members = Load(assembly);
        }
        return members;
    }

    private static Dictionary<string, XElement> Load(Assembly assembly)
    {
        var path = string.IsNullOrEmpty(assembly.Location) ? null : Path.ChangeExtension(assembly.Location, ".xml");
        if (path is null || !File.Exists(path))
        {
            return [];
        }
        var members = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var member in XDocument.Load(path).Descendants("member"))
        {
            if (member.Attribute("name")?.Value is { } name)
            {
                members[name] = member;
            }
        }
        return members;
    }

    /// <summary>The element's text with references reduced to names, whitespace collapsed, and paragraphs kept apart.</summary>
    private static string? Text(XElement? element)
    {
        if (element is null)
        {
            return null;
        }
        var builder = new StringBuilder();
        AppendText(element, builder);
        var paragraphs = builder.ToString()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => string.Join(' ', p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Length > 0);
        var text = string.Join("\n\n", paragraphs);
        return text.Length == 0 ? null : text;
    }

    private static void AppendText(XElement element, StringBuilder builder)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    builder.Append(text.Value.Replace('\n', ' ').Replace('\r', ' '));
                    break;
                case XElement { Name.LocalName: "para" } para:
                    builder.Append('\n');
                    AppendText(para, builder);
                    builder.Append('\n');
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } reference when !reference.Nodes().Any():
                    builder.Append(ReferenceName(reference));
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } reference:
                    builder.Append((string?)reference.Attribute("name"));
                    break;
                case XElement other:
                    AppendText(other, builder);
                    break;
            }
        }
    }

    /// <summary><c>cref="T:Ns.User"</c> → <c>User</c>; <c>langword="null"</c> → <c>null</c>.</summary>
    private static string? ReferenceName(XElement reference)
    {
        if ((string?)reference.Attribute("langword") is { } keyword)
        {
            return keyword;
        }
        var cref = (string?)reference.Attribute("cref") ?? (string?)reference.Attribute("href");
        if (cref is null)
        {
            return null;
        }
        var withoutParameters = cref.Split('(')[0];
        return withoutParameters[(withoutParameters.LastIndexOfAny([':', '.']) + 1)..];
    }
}
