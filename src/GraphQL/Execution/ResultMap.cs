using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace GraphQL.Execution;

/// <summary>An object of the response: its response keys in selection order and their completed values.</summary>
internal sealed class ResultMap : ResultNode, IReadOnlyDictionary<string, object?>
{
    private readonly FieldSelection[] _fields;
    private readonly object?[] _values;

    public ResultMap(FieldSelection[] fields, ResultNode? parent, int indexInParent)
        : base(parent, indexInParent)
    {
        _fields = fields;
        _values = new object?[fields.Length];
    }

    public int Count => _fields.Length;

    public string KeyAt(int index) => _fields[index].ResponseName;

    public object? ValueAt(int index) => _values[index];

    public override ResultPath PathOf(int index) => Path.Append(_fields[index].ResponseName);

    public override bool IsNonNullSlot(int index) => _fields[index].IsNonNull;

    public override void SetValue(int index, object? value) => _values[index] = value;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The result has no key '{key}'.");

    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var selection in _fields)
            {
                yield return selection.ResponseName;
            }
        }
    }

    public IEnumerable<object?> Values => _values;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_fields[i].ResponseName, _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            if (_fields[i].ResponseName == key)
            {
                return i;
            }
        }
        return -1;
    }
}
