namespace GraphQL.Execution;

/// <summary>
/// An object or list of the response being built. Nodes are created when a value is completed and filled in as
/// the fields below them finish; only the execution loop writes to them. Each node knows its slot in its parent
/// so a null written into a non-null slot can move up to the nearest nullable position (spec 6.4.4).
/// </summary>
internal abstract class ResultNode(ResultNode? parent, int indexInParent)
{
    private ResultPath? _path;

    public ResultNode? Parent { get; } = parent;

    /// <summary>The slot this node fills in <see cref="Parent"/>.</summary>
    public int IndexInParent { get; } = indexInParent;

    /// <summary>True once a null propagated through this node: its parent slot is null and its content is dropped.</summary>
    public bool IsInvalidated { get; private set; }

    /// <summary>The response path of this node, computed when first needed.</summary>
    public ResultPath Path => _path ??= Parent is null ? ResultPath.Root : Parent.PathOf(IndexInParent);

    /// <summary>Whether this node or one above it was nulled, so work below it no longer matters.</summary>
    public bool IsDetached
    {
        get
        {
            for (var node = this; node is not null; node = node.Parent)
            {
                if (node.IsInvalidated)
                {
                    return true;
                }
            }
            return false;
        }
    }

    public abstract ResultPath PathOf(int index);

    /// <summary>Whether the slot's type is non-null.</summary>
    public abstract bool IsNonNullSlot(int index);

    public abstract void SetValue(int index, object? value);

    /// <summary>
    /// Writes null into a slot. When the slot is non-null the null replaces this node in its parent instead,
    /// and so on up to the first nullable slot; when it reaches the root, the root is invalidated (data is null).
    /// Adds no error: the failure that caused the null has reported one.
    /// </summary>
    public void SetNull(int index)
    {
        var node = this;
        while (node.IsNonNullSlot(index))
        {
            node.IsInvalidated = true;
            if (node.Parent is null)
            {
                return;
            }
            index = node.IndexInParent;
            node = node.Parent;
        }
        node.SetValue(index, null);
    }
}
