namespace GraphQL.Language;

/// <summary>Where a node or token sits in the source: character offsets and 1-based line and column.</summary>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
