namespace GraphApi.Redis;

/// <summary>When SET may write the value.</summary>
public enum SetCondition
{
    /// <summary>Always (plain SET).</summary>
    Always,

    /// <summary>Only when the key does not exist yet (NX).</summary>
    IfNotExists,

    /// <summary>Only when the key already exists (XX).</summary>
    IfExists,
}
