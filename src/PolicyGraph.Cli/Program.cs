using PolicyGraph.Cli;

var commands = typeof(ICliCommand).Assembly.GetTypes()
    .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
    .OrderBy(c => c.Name, StringComparer.Ordinal)
    .ToDictionary(c => c.Name, StringComparer.Ordinal);

if (args.Length == 0 || args[0] is "-h" or "--help" or "help" || !commands.TryGetValue(args[0], out var command))
{
    var writer = args.Length == 0 || args[0] is "-h" or "--help" or "help" ? Console.Out : Console.Error;
    if (args.Length > 0 && args[0] is not ("-h" or "--help" or "help"))
        writer.WriteLine($"Unknown verb '{args[0]}'.");
    writer.WriteLine("usage: policygraph <verb> [options]");
    foreach (var c in commands.Values) writer.WriteLine($"  {c.Name,-8} {c.Summary}");
    return args.Length == 0 || args[0] is "-h" or "--help" or "help" ? 0 : 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
try
{
    return await command.RunAsync(new CliArguments(args[1..]), Console.Out, Console.Error, cancel.Token);
}
catch (CliUsageException ex)
{
    Console.Error.WriteLine($"{command.Name}: {ex.Message}");
    return 2;
}
