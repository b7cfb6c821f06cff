using System.Text;
using Extraction.Benchmarks;

Console.OutputEncoding = new UTF8Encoding(false);
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

var benches = typeof(IBench).Assembly.GetTypes()
    .Where(t => typeof(IBench).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBench)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToArray();

var chosen = args.Length > 0 ? benches.FirstOrDefault(b => b.Name == args[0]) : null;
if (chosen is null)
{
    Console.Error.WriteLine("usage: dotnet run --project tests/Extraction.Benchmarks -c Release -- NAME [args]");
    foreach (var bench in benches)
    {
        Console.Error.WriteLine($"  {bench.Name,-16} {bench.Description}");
    }

    return 2;
}

return chosen.Run(args[1..]);
