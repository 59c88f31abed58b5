namespace GraphApi.Server.Tests.Schema;

/// <summary>Explains how schema.graphql differs from the schema the server serves, and how to bring it up to date.</summary>
internal static class SchemaFileDifference
{
    public const string ExportCommand = "dotnet run --project src/Server -- schema export --output schema.graphql";

    /// <summary>Null when the texts are equal (apart from line endings); otherwise the first differing line and the fix.</summary>
    public static string? Describe(string file, string served)
    {
        var fileLines = file.ReplaceLineEndings("\n").Split('\n');
        var servedLines = served.ReplaceLineEndings("\n").Split('\n');
        var count = Math.Max(fileLines.Length, servedLines.Length);
        for (var i = 0; i < count; i++)
        {
            var inFile = i < fileLines.Length ? fileLines[i] : null;
            var inServed = i < servedLines.Length ? servedLines[i] : null;
            if (inFile != inServed)
            {
                return $"""
                    schema.graphql is not the schema the server serves. The first difference is on line {i + 1}:
                      schema.graphql: {Show(inFile)}
                      server:         {Show(inServed)}
                    Re-export it from the repository's root with:
                      {ExportCommand}
                    """;
            }
        }
        return null;
    }

    private static string Show(string? line) => line is null ? "(end of file)" : $"\"{line}\"";
}
