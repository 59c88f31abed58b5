using System.Text.Encodings.Web;
using System.Text.Json;

namespace GraphQL.Execution;

/// <summary>
/// The response to a query, a mutation, a subscription event or a request that failed before execution
/// (spec section 7). <see cref="Data"/> keeps response keys in selection order.
/// </summary>
public sealed class ExecutionResult : IExecutionResult
{
    /// <summary>
    /// The options responses are written with: compact, and text escaped only where JSON requires it (the
    /// response is <c>application/json</c>, never embedded in HTML), so messages keep their quotes readable.
    /// </summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private ExecutionResult(bool hasData, IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError> errors, IReadOnlyDictionary<string, object?>? extensions)
    {
        HasData = hasData;
        Data = data;
        Errors = errors;
        Extensions = extensions;
    }

    /// <summary>
    /// Whether execution started: then the response has a <c>data</c> entry, which may be null when a null
    /// propagated to the root. Request errors (syntax, validation, variables) leave it out.
    /// </summary>
    public bool HasData { get; }

    public IReadOnlyDictionary<string, object?>? Data { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>A result of an executed operation; <paramref name="data"/> is null when a null propagated to the root.</summary>
    public static ExecutionResult FromData(IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError> errors, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(true, data, errors, extensions);

    /// <summary>A request error: the response has errors and no <c>data</c> entry.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(false, null, errors, extensions);

    public static ExecutionResult FromError(GraphQLError error) => FromErrors([error]);

    /// <summary>This result with one more entry in <c>extensions</c>.</summary>
    internal ExecutionResult WithExtension(string name, object? value)
    {
        var extensions = Extensions is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(Extensions);
        extensions[name] = value;
        return new ExecutionResult(HasData, Data, Errors, extensions);
    }

    /// <summary>
    /// Writes the response object. Entries come in the order HotChocolate writes them and the spec recommends for
    /// readability: <c>errors</c> (when there are any), then <c>data</c> (when execution started), then <c>extensions</c>.
    /// </summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            WriteErrors(writer, Errors);
        }
        if (HasData)
        {
            writer.WritePropertyName("data");
            JsonValueWriter.WriteValue(writer, Data);
        }
        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            JsonValueWriter.WriteValue(writer, Extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes errors as a JSON array in the shape of the response's <c>errors</c> entry; transports use it for
    /// messages that carry errors alone (graphql-ws's <c>error</c>).
    /// </summary>
    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(errors);
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            WriteError(writer, error);
        }
        writer.WriteEndArray();
    }

    public string ToJson() => JsonValueWriter.Render(WriteTo);

    public override string ToString() => ToJson();

    private static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (error.Path is { IsRoot: false } path)
        {
            writer.WritePropertyName("path");
            JsonValueWriter.WriteValue(writer, path.ToList());
        }
        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonValueWriter.WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }
}
