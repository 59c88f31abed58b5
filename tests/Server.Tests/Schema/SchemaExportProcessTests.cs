using System.Diagnostics;
using GraphApi.Schema;
using GraphQL.Types;

namespace GraphApi.Server.Tests.Schema;

/// <summary>The built server's <c>schema export</c>, run as its own process with no database configured.</summary>
public sealed class SchemaExportProcessTests
{
    [Fact]
    public async Task Prints_exactly_the_schema_printer_output_without_a_database()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "GraphApi.Server.dll"), "schema", "export" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("ConnectionStrings__Postgres");
        start.Environment.Remove("ConnectionStrings__Redis");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(process.ExitCode == 0, await error);
        Assert.Equal(SchemaPrinter.Print(ApiSchema.Create()), await output);
    }
}
