using GraphApi.Schema;
using GraphQL.Types;

namespace GraphApi.Server.Commands;

/// <summary>
/// <c>schema export [--output &lt;path&gt;]</c>: prints the schema's SDL (<see cref="SchemaPrinter"/>) to standard
/// output, or writes it to a file. It builds the schema only, with no configuration or database.
/// </summary>
internal static class SchemaExportCommand
{
    public static int Run(string[] options, TextWriter output, TextWriter error)
    {
        string? path = null;
        for (var i = 0; i < options.Length; i++)
        {
            if (options[i] is "--output" or "-o" && i + 1 < options.Length)
            {
                path = options[++i];
            }
            else if (options[i].StartsWith("--output=", StringComparison.Ordinal))
            {
                path = options[i]["--output=".Length..];
            }
            else
            {
                return ServerCommands.UsageError(error, $"schema export does not understand '{options[i]}'.");
            }
        }

        var sdl = SchemaPrinter.Print(ApiSchema.Create());
        if (path is null)
        {
            output.Write(sdl);
        }
        else
        {
            File.WriteAllText(path, sdl);
            output.WriteLine($"Wrote the schema to {Path.GetFullPath(path)}.");
        }
        return 0;
    }
}
