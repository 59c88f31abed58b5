using GraphApi.Server.Database;

namespace GraphApi.Server.Commands;

/// <summary>The command line: serve the API (no command), <c>migrate</c>, <c>schema export</c>, or <c>help</c>.</summary>
public static class ServerCommands
{
    public const string Usage = """
        Usage: GraphApi.Server [command] [--setting=value ...]

        Commands:
          (none)                           serve the API until stopped (GraphQL at /graphql)
          migrate                          apply the database migrations, then exit
          schema export [--output <path>]  write the schema's SDL to standard output or to <path>; needs no database
          help                             show this text

        Settings (--urls=http://localhost:5080, --ConnectionStrings:Postgres=..., --Database:MigrateAtStartup=false)
        override appsettings.json and environment variables.
        With dotnet run, put the command after --: dotnet run --project src/Server -- schema export
        """;

    /// <summary>Runs the command <paramref name="args"/> name; returns the process exit code (0 success, 1 failure, 2 usage).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            return args switch
            {
                ["help" or "--help" or "-h"] => Help(output),
                [] => await ServeAsync(args),
                [var first, ..] when first.StartsWith('-') => await ServeAsync(args),
                ["migrate", .. var settings] => await MigrateAsync(settings, output),
                ["schema", "export", .. var options] => SchemaExportCommand.Run(options, output, error),
                _ => UsageError(error, $"Unknown command '{string.Join(' ', args)}'."),
            };
        }
        catch (Exception exception)
        {
            // Configuration, migration and I/O problems: say what is wrong without a stack trace (failures while
            // starting are also logged in full by the host).
            await error.WriteLineAsync($"GraphApi.Server: {Messages(exception)}");
            return 1;
        }
    }

    /// <summary>Writes <paramref name="problem"/> and the usage to <paramref name="error"/>; returns exit code 2.</summary>
    internal static int UsageError(TextWriter error, string problem)
    {
        error.WriteLine(problem);
        error.WriteLine();
        error.Write(Usage);
        return 2;
    }

    private static int Help(TextWriter output)
    {
        output.Write(Usage);
        return 0;
    }

    private static async Task<int> ServeAsync(string[] settings)
    {
        await using var app = ServerApp.Build(ServerApp.CreateBuilder(settings));
        // Returns once SIGTERM or Ctrl+C has stopped the host: Kestrel stops accepting connections and requests in
        // flight get up to HostOptions.ShutdownTimeout (30 s) to finish.
        await app.RunAsync();
        return 0;
    }

    private static async Task<int> MigrateAsync(string[] settings, TextWriter output)
    {
        await using var app = ServerApp.CreateBuilder(settings).Build();
        var applied = await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await output.WriteLineAsync(applied.Count == 0
            ? "The database is up to date."
            : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}.");
        return 0;
    }

    private static string Messages(Exception exception)
    {
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }
        return string.Join(" ", messages);
    }
}
