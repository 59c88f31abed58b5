using System.Collections;

namespace GraphQL.Execution;

/// <summary>A list of the response; its items are completed in place.</summary>
internal sealed class ResultList(int count, bool itemsAreNonNull, ResultNode parent, int indexInParent)
    : ResultNode(parent, indexInParent), IReadOnlyList<object?>
{
    private readonly object?[] _items = new object?[count];

    public int Count => _items.Length;

    public object? this[int index] => _items[index];

    public override ResultPath PathOf(int index) => Path.Append(index);

    public override bool IsNonNullSlot(int index) => itemsAreNonNull;

    public override void SetValue(int index, object? value) => _items[index] = value;

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
