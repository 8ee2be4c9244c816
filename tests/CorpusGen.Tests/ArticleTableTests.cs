using System.Runtime.Loader;
using CorpusGen.Emit;
using CorpusGen.Model;
using CorpusGen.Tests.Helpers;

namespace CorpusGen.Tests;

/// <summary>The shard table's format, end to end: rows encoded by <see cref="ArticleTable"/>, read back by the decoder it emits.</summary>
public class ArticleTableTests
{
    private static readonly CorpusOptions Options = new("Packed", "Rows", "public", EmbedsArticles: false, WritesCards: false, WritesMembers: false);

    // Values at every width of a 7-bit group, and past 16 bits, so that the rows outgrow what one unit addresses.
    private static readonly int[] Widths = [0, 1, 126, 127, 128, 16382, 16383, 16384, 2_097_151, 2_097_152, 268_435_456, int.MaxValue - 1];

    [Fact]
    public void Every_value_of_a_shard_of_2500_rows_reads_back_as_it_was_written()
    {
        const int Rows = 2500;
        const int Shard = 5;
        var members = Enumerable.Range(0, Rows).Select(row => $"a{row:0000}").ToList();
        var fragments = members.Select((member, row) => Fragment(member, row)).ToList();
        var (_, numbers) = ArticleTable.Encode(fragments.Select(fragment => fragment.Row).ToList());
        Assert.True(numbers.Length > 32768, "the rows should need row starts past 16 bits");

        var articles = members.Select((member, row) => new PlannedArticle($"/corpus/{member}.txt", member + ".txt", member, member, row)).ToEquatableArray();
        var shards = Enumerable.Range(0, ArticleShards.Count)
            .Select(shard => shard == Shard
                ? new ShardPlan(members.ToEquatableArray(), Enumerable.Range(0, Rows).ToEquatableArray())
                : new ShardPlan(EquatableArray<string>.Empty, EquatableArray<int>.Empty))
            .ToEquatableArray();
        var collection = new CollectionPlan("Rows", articles, shards);
        var positions = Enumerable.Range(0, Rows).ToEquatableArray();
        var noValues = new EquatableArray<FacetValue>([]);
        var facets = new CollectionFacets(
            "Rows",
            new EquatableArray<Facet>([new Facet("Outlets", "ByOutlet", "outlet", noValues, positions, "dateline"), new Facet("Cities", "ByCity", "city", noValues, positions, "dateline")]),
            positions,
            Enumerable.Repeat(new ArticleDate(2025, 1, 1), Rows).ToEquatableArray(),
            Enum.GetValues<ArticleScript>().Select(script => script == ArticleScript.Latin ? positions : EquatableArray<int>.Empty).ToEquatableArray(),
            EquatableArray<(string, int)>.Empty,
            Enum.GetValues<ArticleScript>().Select(script => script == ArticleScript.Latin ? Rows : 0).ToEquatableArray());
        var sources = new[]
            {
                ArticleClassEmitter.Emit(Options), LookupEmitter.EmitFacetType(Options), CorpusClassEmitter.Emit(collection, Options),
                LookupEmitter.Emit(collection, facets, Options), ExportEmitter.Emit(facets, Options),
                ShardFileEmitter.Emit(new ShardContent("Rows", Shard, members.ToEquatableArray(), fragments.ToEquatableArray()), Options)!,
            }
            .Select(file => file.Source)
            .ToArray();

        using var image = new MemoryStream();
        var emitted = GeneratorHarness.CreateCompilation(sources).Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;
        var corpus = new LoadedCorpus(new AssemblyLoadContext("rows", isCollectible: true).LoadFromStream(image), "Packed.Rows");

        for (var row = 0; row < Rows; row++)
        {
            var article = corpus.Find(members[row])!;
            Assert.Equal(members[row] + ".txt", article.Get<string>("FileName"));
            Assert.Equal(row % 2 == 0 ? null : Widths[row % Widths.Length], article.Get<int?>("Ordinal"));
            Assert.Equal(Widths[row % Widths.Length], article.Get<int>("WordCount"));
            Assert.Equal(Widths[(row + 5) % Widths.Length], article.Get<int>("CharacterCount"));
            Assert.Equal(new DateOnly(2025, 1, 1 + (row % 28)), article.Get<DateOnly>("Date"));
            Assert.Equal(["ab", "cd"], article.Paragraphs);
        }
    }

    [Fact]
    public void A_date_is_stored_as_the_day_number_the_runtime_gives_it_on_every_day_DateOnly_holds()
    {
        for (var day = DateOnly.MinValue.DayNumber; day <= DateOnly.MaxValue.DayNumber; day++)
        {
            var date = DateOnly.FromDayNumber(day);
            if (new ArticleDate(date.Year, date.Month, date.Day).DayNumber != day)
            {
                Assert.Fail($"{date:yyyy-MM-dd} is stored as {new ArticleDate(date.Year, date.Month, date.Day).DayNumber}, not {day}");
            }
        }
    }

    // Text "ab\n\ncd": two paragraphs, the second counted from the end of the first.
    private static ArticleFragment Fragment(string member, int row) => new(
        null,
        new ArticleRow(
            member,
            member + ".txt",
            null,
            null,
            null,
            null,
            new EquatableArray<int>(
            [
                row % 2 == 0 ? -1 : Widths[row % Widths.Length], new ArticleDate(2025, 1, 1 + (row % 28)).DayNumber, Widths[row % Widths.Length], Widths[(row + 5) % Widths.Length],
                (int)ArticleScript.Latin, 0, 0, 0, 2, 2, 0, 0, 2, 4, 2,
            ])),
        StringLiteral.QuoteUtf8("ab\n\ncd"));
}
