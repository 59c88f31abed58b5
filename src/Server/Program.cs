using GraphApi.Server.Commands;

// Serves the API, or runs one of the commands (`migrate`, `schema export`); `help` lists them.
return await ServerCommands.RunAsync(args, Console.Out, Console.Error);
