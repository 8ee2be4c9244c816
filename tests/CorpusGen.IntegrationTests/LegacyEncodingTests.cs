using System.Text;

namespace CorpusGen.IntegrationTests;

[Collection(PackageCollection.Name)]
public class LegacyEncodingTests(PackageFixture package)
{
    private const string Program = """
        using Consumer;

        Console.OutputEncoding = System.Text.Encoding.UTF8;
        foreach (var article in NewsCorpus.All)
        {
            Console.WriteLine(article.FileName + "|" + (article.Outlet ?? "-") + "|" + (article.City ?? "-") + "|" + article.Text.Replace("\n", "\\n"));
        }
        """;

    private const string Cairo = "date 2025-09-21\nالقاهرة (رويترز) - قالت وزارة الثقافة المصرية، يوم الأحد، إن المتحف سيفتح؛ هل يفتح؟";
    private const string Rabat = "date 2025-09-22\nالرباط (ماب) - ترأس الملك\nمجلس الوزراء.";

    static LegacyEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Articles_in_legacy_encodings_read_as_their_text_and_an_unassigned_byte_is_a_warning_at_its_line()
    {
        var unassigned = Encoding.GetEncoding("iso-8859-6").GetBytes(Rabat).Concat(Encoding.ASCII.GetBytes("\nA")).Append((byte)0xA1).ToArray();
        var project = new ConsumerProject(package, "legacy")
            .WithProjectFile(
                "<TargetFramework>net10.0</TargetFramework><CorpusGenEncoding>iso-8859-6</CorpusGenEncoding>",
                items: """<NewsArticle Update="corpus/001_aa.txt" Encoding="windows-1256" /><NewsArticle Update="corpus/000_801cc98336fcfd6a.txt" Encoding="UTF-8" />""")
            .WithFile("Program.cs", Program)
            .WithFile("corpus/000_801cc98336fcfd6a.txt", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "corpus", "000_801cc98336fcfd6a.txt")))
            .WithFile("corpus/001_aa.txt", Encoding.GetEncoding(1256).GetBytes(Cairo))
            .WithFile("corpus/002_bb.txt", Encoding.GetEncoding("iso-8859-6").GetBytes(Rabat))
            .WithFile("corpus/003_cc.txt", unassigned)
            .WithFile("corpus/004_dd.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Cairo)])
            .WithFile("corpus/005_ee.txt", Encoding.UTF8.GetBytes(Cairo));

        var (exit, build) = project.Build();
        Assert.True(exit == 0, build);
        Assert.Matches(@"corpus[/\\]003_cc\.txt\(4,2\): warning CGN005: '003_cc\.txt' holds a byte that iso-8859-6 does not map, read as U\+FFFD", build);
        Assert.DoesNotMatch("CGN005: '00[0-24]", build);
        Assert.DoesNotContain("holds bytes that are not UTF-8", build, StringComparison.Ordinal);

        var (runExit, output) = DotnetCli.Run(project.Directory, "run", "--no-build");
        Assert.True(runExit == 0, output);
        var lines = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("001_aa.txt|رويترز|القاهرة|" + Cairo["date 2025-09-21\n".Length..], lines[1]);
        Assert.Equal("002_bb.txt|ماب|الرباط|" + Rabat["date 2025-09-22\n".Length..].Replace("\n", "\\n"), lines[2]);
        Assert.Equal("003_cc.txt|ماب|الرباط|" + Rabat["date 2025-09-22\n".Length..].Replace("\n", "\\n") + "\\nA\uFFFD", lines[3]);
        Assert.Equal("004_dd.txt|رويترز|القاهرة|" + Cairo["date 2025-09-21\n".Length..], lines[4]);
        Assert.Equal("005_ee.txt|رويترز|القاهرة|" + Cairo["date 2025-09-21\n".Length..], lines[5]);
        Assert.StartsWith("000_801cc98336fcfd6a.txt|إيلاف|الرباط|إيلاف من الرباط:", lines[0]);

        // An IDE's design-time build hands its compiler the same UTF-8 copies.
        var additionalFiles = project.Items("AdditionalFiles", designTimeBuild: true);
        Assert.Contains(additionalFiles, path => path.Contains("CorpusGen/utf-8/", StringComparison.Ordinal) && path.EndsWith("001_aa.txt", StringComparison.Ordinal));
        Assert.DoesNotContain(additionalFiles, path => path.EndsWith("corpus/001_aa.txt", StringComparison.Ordinal));
        Assert.Contains(additionalFiles, path => path.EndsWith("corpus/000_801cc98336fcfd6a.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_encoding_stops_the_build_naming_the_item()
    {
        var (exit, build) = new ConsumerProject(package, "unknown-encoding")
            .WithProjectFile("<TargetFramework>net10.0</TargetFramework>", items: """<NewsArticle Update="corpus/001_aa.txt" Encoding="win-arabic" />""")
            .WithFile("Program.cs", "System.Console.WriteLine(Consumer.NewsCorpus.Count);")
            .WithFile("corpus/001_aa.txt", "date 2025-09-21 Text.")
            .Build();

        Assert.NotEqual(0, exit);
        Assert.Contains("error CGN019: 'win-arabic', the Encoding metadata of NewsArticle 'corpus/001_aa.txt', is no encoding .NET knows: name the files' encoding as Encoding.GetEncoding does, such as 'windows-1256', 'iso-8859-6' or 'utf-8'.", build);

        var (projectExit, projectBuild) = new ConsumerProject(package, "unknown-project-encoding")
            .WithProjectFile("<TargetFramework>net10.0</TargetFramework><CorpusGenEncoding>win-arabic</CorpusGenEncoding>")
            .WithFile("Program.cs", "System.Console.WriteLine(Consumer.NewsCorpus.Count);")
            .WithFile("corpus/001_aa.txt", "date 2025-09-21 Text.")
            .WithFile("corpus/002_bb.txt", "date 2025-09-22 Text.")
            .Build();

        Assert.NotEqual(0, projectExit);
        Assert.Contains("error CGN019: 'win-arabic', the value of CorpusGenEncoding, is no encoding .NET knows", projectBuild, StringComparison.Ordinal);
        Assert.DoesNotContain("001_aa.txt: error CGN019", projectBuild, StringComparison.Ordinal);
    }
}
