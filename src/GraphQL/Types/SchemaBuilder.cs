namespace GraphQL.Types;

/// <summary>Where building a schema starts: from SDL text here; code-first builders add their own entry points.</summary>
public static partial class SchemaBuilder
{
    /// <summary>Starts an SDL-first schema from SDL text; add more with <see cref="SdlSchemaBuilder.AddSdl"/>.</summary>
    /// <exception cref="GraphQL.Language.SyntaxException">The text is not valid GraphQL.</exception>
    public static SdlSchemaBuilder FromSdl(string sdl) => new SdlSchemaBuilder().AddSdl(sdl);
}
