using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>The names of one kind of definition met so far in a document; a repeated name is reported with its first use.</summary>
internal sealed class UniqueDefinitionNames(ValidationContext context, string kind, string section)
{
    private readonly Dictionary<string, NameNode> _firstByName = new(StringComparer.Ordinal);

    public void Add(NameNode name)
    {
        if (!_firstByName.TryAdd(name.Value, name))
        {
            context.ReportError(
                $"There is more than one {kind} named \"{name.Value}\"; each {kind} of a document must have a unique name.",
                section,
                _firstByName[name.Value],
                name);
        }
    }
}
