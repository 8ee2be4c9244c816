using CorpusGen.Benchmarks;

if (args is ["corpus", var directory, var count])
{
    var bytes = SyntheticCorpus.Write(directory, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine($"{count} articles, {bytes:N0} bytes in {directory}");
    return 0;
}

Console.Error.WriteLine("usage: corpus <dir> <count>");
return 2;
