using PolicyGraph.Cli;

return await CliApp.RunAsync(args, CliConsole.ForProcess(), CancellationToken.None);
