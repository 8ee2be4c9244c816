using CorpusGen.Emit;
using CorpusGen.Model;
using CorpusGen.Tests.Helpers;

namespace CorpusGen.Tests;

/// <summary>
/// The emitters alone, fed specs and plans built by hand: each shape of generated code is approved here once, so
/// the generator-level snapshots stay few; one more test compiles the pieces together.
/// </summary>
public class EmitterSnapshotTests
{
    private static readonly CorpusOptions Options = new("Hand.Made", "Wire", "public", EmbedsArticles: true, WritesCards: true);

    [Fact]
    public void A_shard_with_cards_a_resource_row_and_a_literal_row()
    {
        var shard = new ShardContent("Wire", 5, new EquatableArray<string>(["beirut", "cairo_2"]), new EquatableArray<ArticleFragment>([ResourceArticle(), LiteralArticle()]));

        var file = ShardFileEmitter.Emit(shard, Options)!;

        Assert.Equal("Wire.Articles05.g.cs", file.HintName);
        Snapshot.Match(file.Source, "shard");
    }

    [Fact]
    public void A_shard_without_members_holds_only_its_table()
    {
        var shard = new ShardContent("Wire", 5, new EquatableArray<string>(["beirut"]), new EquatableArray<ArticleFragment>([ResourceArticle()]));

        var file = ShardFileEmitter.Emit(shard, Options with { WritesMembers = false, WritesCards = false })!;

        Snapshot.Match(file.Source, "shard");
    }

    [Fact]
    public void An_empty_shard_writes_no_file()
    {
        var shard = new ShardContent("Wire", 5, EquatableArray<string>.Empty, EquatableArray<ArticleFragment>.Empty);

        Assert.Null(ShardFileEmitter.Emit(shard, Options));
    }

    [Fact]
    public void A_corpus_class_in_the_global_namespace()
    {
        var file = CorpusClassEmitter.Emit(Collection(), Options with { Namespace = "" });

        Assert.Equal("Wire.g.cs", file.HintName);
        Snapshot.Match(file.Source, "corpus");
    }

    [Fact]
    public void The_article_class_is_the_same_for_every_corpus_but_for_namespace_and_visibility()
    {
        var file = ArticleClassEmitter.Emit(Options);

        Assert.Equal("NewsArticle.g.cs", file.HintName);
        Assert.Contains("public sealed partial class NewsArticle", file.Source, StringComparison.Ordinal);
        Assert.Contains("public global::Hand.Made.ArticleScript Script { get; }", file.Source, StringComparison.Ordinal);
        Assert.Contains(ArticleTable.Description.Split('\n')[0], file.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_corpus_class_declares_the_members_the_planner_reserves()
    {
        // The planner keeps article members off GeneratedNames.CorpusClassMembers: they must be the class's own.
        var declared = new[] { CorpusClassEmitter.Emit(Collection(), Options), LookupEmitter.Emit(Collection(), Facets(), Options), ExportEmitter.Emit(Facets(), Options), SearchEmitter.Emit(Collection(), Options) }
            .Select(file => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(file.Source).GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().First())
            .SelectMany(corpusClass => corpusClass.Members)
            .Select(member => member switch
        {
            Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax property => property.Identifier.Text,
            Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax method => method.Identifier.Text,
            Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax nested => nested.Identifier.Text,
            Microsoft.CodeAnalysis.CSharp.Syntax.FieldDeclarationSyntax field => field.Declaration.Variables[0].Identifier.Text,
            _ => "",
        })
            .Distinct();

        Assert.Equal(GeneratedNames.CorpusClassMembers.Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_pieces_compile_together()
    {
        var shard = new ShardContent("Wire", 5, new EquatableArray<string>(["beirut", "cairo_2"]), new EquatableArray<ArticleFragment>([ResourceArticle(), LiteralArticle()]));
        var sources = new[] { ArticleClassEmitter.Emit(Options), LookupEmitter.EmitFacetType(Options), CorpusClassEmitter.Emit(Collection(), Options), LookupEmitter.Emit(Collection(), Facets(), Options), ExportEmitter.Emit(Facets(), Options), ShardFileEmitter.Emit(shard, Options)! }
            .Select(file => file.Source)
            .ToArray();

        var compilation = GeneratorHarness.CreateCompilation(sources);

        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
    }

    private static CollectionPlan Collection()
    {
        var articles = new EquatableArray<PlannedArticle>([Planned("beirut", 0), Planned("cairo_2", 1)]);
        var shards = Enumerable.Range(0, ArticleShards.Count)
            .Select(shard => shard == 5
                ? new ShardPlan(new EquatableArray<string>(["beirut", "cairo_2"]), new EquatableArray<int>([0, 1]))
                : new ShardPlan(EquatableArray<string>.Empty, EquatableArray<int>.Empty))
            .ToEquatableArray();
        return new CollectionPlan("Wire", articles, shards);
    }

    [Fact]
    public void A_lookups_file_with_a_facet_of_two_values_and_an_article_without_one()
    {
        var file = LookupEmitter.Emit(Collection(), Facets(), Options);

        Assert.Equal("Wire.Lookups.g.cs", file.HintName);
        Snapshot.Match(file.Source, "lookups");
    }

    [Fact]
    public void An_export_file_with_the_dataset_card_of_its_facets()
    {
        var file = ExportEmitter.Emit(Facets(), Options);

        Assert.Equal("Wire.Export.g.cs", file.HintName);
        Snapshot.Match(file.Source, "export");
    }

    // beirut (AP, 2025-09-22, section World) and cairo_2 (no dateline, 2025-09-23, tags Egypt and Nile); both
    // Latin; no authors.
    private static CollectionFacets Facets() => new(
        "Wire",
        new EquatableArray<Facet>(
        [
            new Facet("Outlets", "ByOutlet", "outlet", new EquatableArray<FacetValue>([new FacetValue("AP", "AP", new ArticleDate(2025, 9, 22), new ArticleDate(2025, 9, 22), new EquatableArray<int>([0]))]), new EquatableArray<int>([1]), "dateline"),
            new Facet("Cities", "ByCity", "city", new EquatableArray<FacetValue>([new FacetValue("BEIRUT", "BEIRUT", new ArticleDate(2025, 9, 22), new ArticleDate(2025, 9, 22), new EquatableArray<int>([0]))]), new EquatableArray<int>([1]), "dateline"),
            new Facet("Sections", "BySection", "section", new EquatableArray<FacetValue>([new FacetValue("World", "World", new ArticleDate(2025, 9, 22), new ArticleDate(2025, 9, 22), new EquatableArray<int>([0]))]), new EquatableArray<int>([1]), "header"),
            new Facet("Tags", "ByTag", "tag", new EquatableArray<FacetValue>([new FacetValue("Egypt", "Egypt", new ArticleDate(2025, 9, 23), new ArticleDate(2025, 9, 23), new EquatableArray<int>([1])), new FacetValue("Nile", "Nile", new ArticleDate(2025, 9, 23), new ArticleDate(2025, 9, 23), new EquatableArray<int>([1]))]), new EquatableArray<int>([0]), "header"),
            new Facet("Authors", "ByAuthor", "author", EquatableArray<FacetValue>.Empty, new EquatableArray<int>([0, 1]), "header"),
        ]),
        new EquatableArray<int>([0, 1]),
        new EquatableArray<ArticleDate>([new ArticleDate(2025, 9, 22), new ArticleDate(2025, 9, 23)]),
        Enum.GetValues<ArticleScript>().Select(script => script == ArticleScript.Latin ? new EquatableArray<int>([0, 1]) : EquatableArray<int>.Empty).ToEquatableArray(),
        EquatableArray<(string, int)>.Empty,
        Enum.GetValues<ArticleScript>().Select(script => script == ArticleScript.Latin ? 2 : 0).ToEquatableArray());

    private static ArticleFragment ResourceArticle() => new(
        new ArticleCard("2025-09-22 · AP · BEIRUT · 3 words · 1 paragraph", "BEIRUT — A story.", "001_beirut.txt", "beirut"),
        new ArticleRow("beirut", "001_beirut.txt", "AP", "BEIRUT", "Lebanon", "CorpusGen/Wire/", new EquatableArray<int>([1, 20250922, 3, 17, 1, 16, 17, 33, 1, 1, 0, 0, 17])),
        null);

    private static ArticleFragment LiteralArticle() => new(
        new ArticleCard("2025-09-23 · 2 words · 1 paragraph", "\"القاهرة\"", "cairo.txt", "cairo"),
        new ArticleRow("cairo", "cairo.txt", null, null, null, null, new EquatableArray<int>([-1, 20250923, 2, 9, 2, 0, 0, 0, 1, 1, 0, 0, 13])),
        StringLiteral.QuoteUtf8("\"القاهرة\" \u202E"));

    private static PlannedArticle Planned(string member, int position) =>
        new($"/corpus/{member}.txt", member + ".txt", member, member, position);
}
