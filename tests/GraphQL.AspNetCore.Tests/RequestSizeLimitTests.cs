using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GraphQL.AspNetCore.Tests.Infrastructure;

namespace GraphQL.AspNetCore.Tests;

public sealed class RequestSizeLimitTests
{
    private const int Limit = 1000;

    [Fact]
    public void The_default_limit_is_one_mebibyte()
    {
        Assert.Equal(1024 * 1024, new GraphQLServerOptions().MaxRequestSize);
    }

    [Fact]
    public async Task Accepts_a_body_at_the_limit()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.MaxRequestSize = Limit);

        var response = await server.PostAsync(BodyOfLength(Limit), "application/json");

        await response.ShouldBeAsync(HttpStatusCode.OK, "application/json");
    }

    [Fact]
    public async Task Refuses_a_body_whose_content_length_is_over_the_limit_with_413()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.MaxRequestSize = Limit);

        var response = await server.PostAsync(BodyOfLength(Limit + 1), "application/graphql-response+json");

        var message = (await response.ShouldBeAsync(HttpStatusCode.RequestEntityTooLarge, "application/graphql-response+json")).SingleErrorWithCode("HC0010");
        Assert.Equal("The request body is larger than the maximum of 1000 bytes.", message);
    }

    [Fact]
    public async Task Refuses_a_chunked_body_that_grows_over_the_limit_with_413()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.MaxRequestSize = Limit);
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ChunkedContent(BodyOfLength(Limit * 3)) };

        var response = await server.Client.SendAsync(request);

        Assert.Null(request.Content.Headers.ContentLength);
        var message = (await response.ShouldBeAsync(HttpStatusCode.RequestEntityTooLarge, "application/json")).SingleErrorWithCode("HC0010");
        Assert.Equal("The request body is larger than the maximum of 1000 bytes.", message);
    }

    /// <summary>A valid request of exactly <paramref name="length"/> bytes: a query padded with a comment.</summary>
    private static string BodyOfLength(int length)
    {
        const string start = """{"query":"{ hello } #""";
        const string end = "\"}";
        return start + new string('x', length - start.Length - end.Length) + end;
    }

    /// <summary>A body sent without Content-Length, in chunks.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] _body;

        public ChunkedContent(string body)
        {
            _body = Encoding.UTF8.GetBytes(body);
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            for (var offset = 0; offset < _body.Length; offset += 256)
            {
                await stream.WriteAsync(_body.AsMemory(offset, Math.Min(256, _body.Length - offset)));
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
