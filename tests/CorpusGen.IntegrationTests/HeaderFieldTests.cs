namespace CorpusGen.IntegrationTests;

/// <summary>Header blocks through the packed package: the fields, their facets, search, export and the warnings.</summary>
[Collection(PackageCollection.Name)]
public class HeaderFieldTests(PackageFixture package)
{
    private const string Program = """
        using Consumer;

        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var article = NewsCorpus.Find("aa")!;
        Console.WriteLine("title=" + article.Title);
        Console.WriteLine("authors=" + string.Join("|", article.Authors));
        Console.WriteLine("url=" + article.Url!.Host + article.Url.AbsolutePath);
        Console.WriteLine("section=" + article.Section + " language=" + article.Language);
        Console.WriteLine("tags=" + string.Join("|", article.Tags));
        Console.WriteLine("text=" + article.Text.Replace("\n", "\\n"));
        Console.WriteLine("plain=" + (NewsCorpus.Find("bb")!.Title ?? "null") + "|" + NewsCorpus.Find("bb")!.Tags.Count);
        Console.WriteLine("sections=" + string.Join(",", NewsCorpus.Sections.All.Select(value => value.ToString())));
        Console.WriteLine("bytag=" + string.Join(",", NewsCorpus.ByTag("تركيا").Select(value => value.Id)) + " member=" + NewsCorpus.Tags.الأمن.Count);
        Console.WriteLine("byauthor=" + string.Join(",", NewsCorpus.ByAuthor("Jane Doe").Select(value => value.Id)));
        Console.WriteLine("search=" + string.Join(",", NewsCorpus.Search("يزور").Select(hit => hit.Article.Id)));
        using var jsonl = new MemoryStream();
        NewsCorpus.WriteJsonLines(jsonl);
        var first = System.Text.Json.JsonDocument.Parse(System.Text.Encoding.UTF8.GetString(jsonl.ToArray()).Split('\n')[0]).RootElement;
        Console.WriteLine("json=" + first.GetProperty("title").GetString() + "|" + first.GetProperty("tags").GetArrayLength());
        """;

    private const string Headed = "date 2025-09-20\ntitle المدير العام للأمن الوطني يزور تركيا\nauthor إيلاف\nauthor Jane Doe\nurl https://elaph.com/Web/News/2025/09/1.html\nsection سياسة\ntags الأمن, تركيا، المغرب\nlanguage ar\n\nإيلاف من الرباط: نص الخبر.\n\nفقرة ثانية.";

    [Fact]
    public void A_project_reads_header_fields_through_the_package()
    {
        var output = new ConsumerProject(package, "headers")
            .WithProjectFile("<TargetFramework>net8.0</TargetFramework><Nullable>enable</Nullable><TreatWarningsAsErrors>true</TreatWarningsAsErrors><RollForward>Major</RollForward><CorpusGenSearch>true</CorpusGenSearch>")
            .WithFile("Program.cs", Program)
            .WithFile("corpus/000_aa.txt", Headed)
            .WithFile("corpus/001_bb.txt", "date 2025-09-21\ntitle of the report was changed\nby the board.\n\nMore.")
            .WithFile("corpus/002_cc.txt", "date 2025-09-22\nsection World\nauthor Jane Doe\n\nLONDON (Reuters) - Text.")
            .BuildAndRun();

        Assert.Contains("title=المدير العام للأمن الوطني يزور تركيا\n", output, StringComparison.Ordinal);
        Assert.Contains("authors=إيلاف|Jane Doe\n", output, StringComparison.Ordinal);
        Assert.Contains("url=elaph.com/Web/News/2025/09/1.html\n", output, StringComparison.Ordinal);
        Assert.Contains("section=سياسة language=ar\n", output, StringComparison.Ordinal);
        Assert.Contains("tags=الأمن|تركيا|المغرب\n", output, StringComparison.Ordinal);
        Assert.Contains("text=إيلاف من الرباط: نص الخبر.\\n\\nفقرة ثانية.\n", output, StringComparison.Ordinal);
        Assert.Contains("plain=null|0\n", output, StringComparison.Ordinal);
        Assert.Contains("sections=World (1),سياسة (1)\n", output, StringComparison.Ordinal);
        Assert.Contains("bytag=aa member=1\n", output, StringComparison.Ordinal);
        Assert.Contains("byauthor=aa,cc\n", output, StringComparison.Ordinal);
        Assert.Contains("search=aa\n", output, StringComparison.Ordinal);
        Assert.Contains("json=المدير العام للأمن الوطني يزور تركيا|3\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_header_value_is_a_warning_at_its_line_and_a_repeated_field_an_error()
    {
        var project = new ConsumerProject(package, "bad-headers")
            .WithProjectFile("<TargetFramework>net8.0</TargetFramework><RollForward>Major</RollForward>")
            .WithFile("Program.cs", "System.Console.WriteLine(Consumer.NewsCorpus.Find(\"aa\")!.Url is null);")
            .WithFile("corpus/000_aa.txt", "date 2025-09-20\ntitle Markets\nurl ftp://example.com/a\nlanguage english\n\nLONDON (Reuters) - Text.");

        var (exit, build) = project.Build();
        Assert.True(exit == 0, build);
        Assert.Matches(@"corpus[/\\]000_aa\.txt\(3,5\): warning CGN021: '000_aa\.txt' gives the url 'ftp://example\.com/a', which is not an absolute http or https URL", build);
        Assert.Matches(@"corpus[/\\]000_aa\.txt\(4,10\): warning CGN021: '000_aa\.txt' gives the language 'english', which is not a well-formed BCP 47 tag", build);

        project.WithFile("corpus/000_aa.txt", "date 2025-09-20\ntitle Markets\ntitle Markets again\n\nLONDON (Reuters) - Text.");
        var (repeatedExit, repeated) = project.Build();
        Assert.NotEqual(0, repeatedExit);
        Assert.Matches(@"corpus[/\\]000_aa\.txt\(3,1\): error CGN020: '000_aa\.txt' gives the header field 'title' a second time; line 2 gives it first", repeated);
    }
}
