using GraphApi.Data.Migrations;
using GraphApi.Schema;
using GraphApi.Server.Commands;
using GraphApi.Server.Tests.Infrastructure;
using GraphQL.Types;

namespace GraphApi.Server.Tests.Hosting;

/// <summary>The commands of <c>dotnet run --project src/Server -- ...</c>, run in-process.</summary>
public sealed class CommandLineTests
{
    private const string Quiet = "--Logging:LogLevel:Default=Warning";

    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    [Fact]
    public async Task Migrate_applies_the_missing_migrations_then_finds_nothing_to_do()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();
        string[] args = ["migrate", $"--ConnectionStrings:Postgres={database.ConnectionString}", Quiet];

        var first = await ServerCommands.RunAsync(args, _output, _error);
        var second = await ServerCommands.RunAsync(args, _output, _error);

        Assert.Equal(0, first);
        Assert.Equal(0, second);
        Assert.Equal(
            $"Applied {AppMigrations.All.Count} migration(s): {string.Join(", ", AppMigrations.All)}.\n" +
            "The database is up to date.\n",
            _output.ToString().ReplaceLineEndings("\n"));
        Assert.Equal(AppMigrations.All.Select(m => m.Version), await AppliedMigrations.AppliedVersionsAsync(database));
        Assert.Empty(_error.ToString());
    }

    [Fact]
    public async Task Migrate_without_a_connection_string_says_how_to_set_one()
    {
        var exitCode = await ServerCommands.RunAsync(["migrate", "--ConnectionStrings:Postgres=", Quiet], _output, _error);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("GraphApi.Server: No PostgreSQL connection string: set ConnectionStrings__Postgres", _error.ToString());
    }

    [Fact]
    public async Task Migrate_reports_a_database_it_cannot_reach()
    {
        var unreachable = $"Host=127.0.0.1;Port={LoopbackPorts.Closed()};Database=graphapi;Username=graphapi;Password=graphapi";

        var exitCode = await ServerCommands.RunAsync(["migrate", $"--ConnectionStrings:Postgres={unreachable}", Quiet], _output, _error);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("GraphApi.Server: Failed to connect to 127.0.0.1:", _error.ToString());
    }

    [Fact]
    public async Task Schema_export_writes_the_sdl_to_the_output_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"graphapi-schema-{Guid.NewGuid():N}.graphql");
        try
        {
            var exitCode = await ServerCommands.RunAsync(["schema", "export", "--output", path], _output, _error);

            Assert.Equal(0, exitCode);
            Assert.Equal(SchemaPrinter.Print(ApiSchema.Create()), await File.ReadAllTextAsync(path));
            Assert.Equal($"Wrote the schema to {path}.", _output.ToString().TrimEnd());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Schema_export_accepts_the_output_path_after_an_equals_sign()
    {
        var path = Path.Combine(Path.GetTempPath(), $"graphapi-schema-{Guid.NewGuid():N}.graphql");
        try
        {
            var exitCode = await ServerCommands.RunAsync(["schema", "export", $"--output={path}"], _output, _error);

            Assert.Equal(0, exitCode);
            Assert.True(File.Exists(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--output")]
    public async Task Schema_export_refuses_options_it_does_not_know(string option)
    {
        var exitCode = await ServerCommands.RunAsync(["schema", "export", option], _output, _error);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"schema export does not understand '{option}'.", _error.ToString());
        Assert.Contains(ServerCommands.Usage, _error.ToString());
        Assert.Empty(_output.ToString());
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("schema")]
    [InlineData("schema", "import")]
    public async Task Unknown_commands_print_the_usage_and_exit_with_2(params string[] args)
    {
        var exitCode = await ServerCommands.RunAsync(args, _output, _error);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"Unknown command '{string.Join(' ', args)}'.", _error.ToString());
        Assert.Contains(ServerCommands.Usage, _error.ToString());
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_prints_the_usage(string command)
    {
        var exitCode = await ServerCommands.RunAsync([command], _output, _error);

        Assert.Equal(0, exitCode);
        Assert.Equal(ServerCommands.Usage, _output.ToString());
    }
}
