using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Benchmarks;

/// <summary>
/// Parse, validate and execute for each document. Execute goes through the whole request pipeline with the
/// document cache warm (as in production after the first request): hashing, cache lookup, variable coercion,
/// execution and writing the JSON response.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private static readonly IReadOnlyDictionary<string, object?> Variables = new Dictionary<string, object?> { ["handle"] = "ada" };

    private Schema _schema = null!;
    private RequestExecutor _executor = null!;
    private string _query = null!;
    private DocumentNode _document = null!;
    private readonly ArrayBufferWriter<byte> _response = new();

    [Params(BenchQueries.ThreeFields, BenchQueries.Fragments, BenchQueries.Introspection)]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public async Task Setup()
    {
        _schema = BenchSchema.Create();
        _executor = new RequestExecutor(_schema);
        _query = BenchQueries.ByName(Query);
        _document = Parser.Parse(_query);
        if (DocumentValidator.Validate(_schema, _document).Count > 0)
        {
            throw new InvalidOperationException($"The {Query} document is invalid for the benchmark schema.");
        }
        var result = (ExecutionResult)await ExecuteRequest();
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"The {Query} document failed: {errors[0].Message}");
        }
    }

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_query);

    [Benchmark]
    public int Validate() => DocumentValidator.Validate(_schema, _document).Count;

    [Benchmark]
    public async Task<int> Execute()
    {
        var result = (ExecutionResult)await ExecuteRequest();
        _response.Clear();
        await using var writer = new Utf8JsonWriter(_response);
        result.WriteTo(writer);
        await writer.FlushAsync();
        return _response.WrittenCount;
    }

    private Task<IExecutionResult> ExecuteRequest() =>
        _executor.ExecuteAsync(new GraphQLRequest { Query = _query, Variables = Variables }, CancellationToken.None);
}
