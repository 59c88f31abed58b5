namespace GraphApi.Schema.Posts.DataLoaders;

/// <summary>A post as one viewer asks for it (null: signed out): the key of loaders whose answer depends on who asks.</summary>
public readonly record struct ViewerPostKey(Guid? ViewerId, Guid PostId);
