namespace GraphQL.Execution;

/// <summary>
/// A path in the response: field names (response keys) and list indices, root first. Immutable and linked
/// to its parent so appending is cheap while executing.
/// </summary>
public sealed class ResultPath
{
    private ResultPath(ResultPath? parent, string? name, int index)
    {
        Parent = parent;
        Name = name;
        Index = index;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    public static ResultPath Root { get; } = new(null, null, -1);

    public ResultPath? Parent { get; }

    /// <summary>The response key, or null when this segment is a list index.</summary>
    public string? Name { get; }

    public int Index { get; }

    public int Depth { get; }

    public bool IsRoot => Parent is null;

    public ResultPath Append(string name) => new(this, name, -1);

    public ResultPath Append(int index) => new(this, null, index);

    /// <summary>The segments root first: strings for names, ints for indices.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        for (var node = this; !node.IsRoot; node = node.Parent!)
        {
            segments[node.Depth - 1] = node.Name ?? (object)node.Index;
        }
        return segments;
    }

    public override string ToString() => string.Join("/", ToList());
}
