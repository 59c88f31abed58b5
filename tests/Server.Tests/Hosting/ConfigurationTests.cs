using System.Net;
using System.Text;
using GraphApi.Server.Tests.Infrastructure;
using GraphQL.AspNetCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace GraphApi.Server.Tests.Hosting;

/// <summary>Settings from configuration reach the services they are meant for.</summary>
public sealed class ConfigurationTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private string Postgres => $"--ConnectionStrings:Postgres={database.ConnectionString}";

    [Fact]
    public void Serves_http_localhost_5080_when_no_url_is_configured()
    {
        var builder = ServerApp.CreateBuilder([Postgres, "--urls=", "--http_ports=", "--https_ports="]);

        Assert.Equal("http://localhost:5080", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Fact]
    public void Serves_the_configured_url()
    {
        var builder = ServerApp.CreateBuilder([Postgres, "--urls=http://127.0.0.1:5999"]);

        Assert.Equal("http://127.0.0.1:5999", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Fact]
    public async Task Requests_in_flight_get_30_seconds_to_finish_at_shutdown_unless_configured_otherwise()
    {
        await using var byDefault = ServerApp.CreateBuilder([Postgres]).Build();
        await using var configured = ServerApp.CreateBuilder([Postgres, "--shutdownTimeoutSeconds=7"]).Build();

        Assert.Equal(TimeSpan.FromSeconds(30), byDefault.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        Assert.Equal(TimeSpan.FromSeconds(7), configured.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    [Theory]
    [InlineData("Production", "json")]
    [InlineData("Development", "simple")]
    public async Task Logs_to_the_console_as_json_lines_outside_development(string environment, string formatter)
    {
        await using var app = ServerApp.CreateBuilder([Postgres, $"--environment={environment}"]).Build();

        var options = app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        Assert.Equal(formatter, options.FormatterName);
    }

    [Fact]
    public async Task GraphQL_settings_are_read_from_the_GraphQL_section()
    {
        await using var server = await ApiServer.StartAsync(
            database.ConnectionString,
            "--GraphQL:MaxRequestSize=200",
            "--GraphQL:Cors:AllowedOrigins:0=https://app.example.com",
            "--GraphQL:Tool:Enable=false");

        var options = server.Services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        Assert.Equal(200, options.MaxRequestSize);
        Assert.Equal(["https://app.example.com"], options.Cors.AllowedOrigins);
        Assert.False(options.Tool.Enable);

        using var tooLarge = await server.Client.PostAsync(
            "/graphql", new StringContent($"{{\"query\":\"{{ __typename }}\",\"x\":\"{new string('x', 200)}\"}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://app.example.com");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var allowed = await server.Client.SendAsync(preflight);
        Assert.Equal(["https://app.example.com"], allowed.Headers.GetValues("Access-Control-Allow-Origin"));

        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Add("Accept", "text/html");
        using var noIde = await server.Client.SendAsync(page);
        Assert.NotEqual("text/html", noIde.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_ide_and_the_sdl_are_served_by_default()
    {
        await using var server = await ApiServer.StartAsync(database.ConnectionString);

        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Add("Accept", "text/html");
        using var ide = await server.Client.SendAsync(page);
        var sdl = await server.Client.GetStringAsync("/graphql?sdl");
        var download = await server.Client.GetStringAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.OK, ide.StatusCode);
        Assert.Equal("text/html", ide.Content.Headers.ContentType?.MediaType);
        Assert.Contains("type User implements Node {", sdl);
        Assert.Equal(sdl, download);
    }
}
