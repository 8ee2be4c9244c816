using System.Globalization;

namespace CorpusGen.Model;

/// <summary>
/// The names the generated code gives its types and reserves in every corpus class: the planner keeps article
/// members and classes off them, and the emitters write them.
/// </summary>
public static class GeneratedNames
{
    public const string Article = "NewsArticle";
    public const string Script = "ArticleScript";
    public const string Direction = "ArticleDirection";

    /// <summary>The nested class of a corpus class that holds its lookups and shard tables.</summary>
    public const string IndexClass = "ArticleIndex";

    /// <summary>What every article member calls with its address.</summary>
    public const string ArticleAt = "ArticleAt";

    /// <summary>The nested class of <see cref="Article"/> that reads one shard's table of articles.</summary>
    public const string TableClass = "Table";

    /// <summary>The nested class of <see cref="Article"/> that holds an article's header fields, read on first use.</summary>
    public const string HeaderClass = "HeaderFields";

    public const string Facet = "ArticleFacet";

    public const string SearchHit = "SearchHit";
    public const string SearchResults = "SearchResults";
    public const string SearchMatch = "SearchMatch";

    /// <summary>The types generated beside the corpus classes.</summary>
    public static readonly string[] SharedTypes = [Article, Script, Direction, Facet, SearchHit, SearchResults, SearchMatch];

    /// <summary>What every corpus class declares: no class can share a name with one of its members (CS0542).</summary>
    public static readonly string[] CorpusClassMembers =
    [
        "All", "Find", "Count", IndexClass, ArticleAt,
        "Outlets", "Cities", "Sections", "Tags", "Authors", "ByOutlet", "ByCity", "BySection", "ByTag", "ByAuthor", "Between", "OnDate", "ByScript", "FirstDate", "LastDate",
        "WriteJsonLines", "WriteDatasetCard", "Search",
    ];

    /// <summary>What every facet class (<c>Outlets</c>, <c>Tags</c>, ...) declares besides a member per value.</summary>
    public static readonly string[] FacetClassMembers = ["All", "Unknown"];

    /// <summary>The <c>global::</c>-qualified name of generated type <paramref name="name"/> in <paramref name="namespace"/>.</summary>
    public static string Qualified(string @namespace, string name) =>
        @namespace.Length == 0 ? "global::" + name : "global::" + @namespace + "." + name;

    /// <summary>The nested class of the corpus's index that holds shard <paramref name="shard"/>'s table.</summary>
    public static string ShardClass(int shard) => "Shard" + shard.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The hint name of the file that holds the lookup tables and facets of corpus class <paramref name="className"/>.</summary>
    public static string LookupsFile(string className) => className + ".Lookups.g.cs";

    /// <summary>The hint name of the file that holds the export methods and dataset card of corpus class <paramref name="className"/>.</summary>
    public static string ExportFile(string className) => className + ".Export.g.cs";

    /// <summary>The hint name of the file that holds shard <paramref name="shard"/> of corpus class <paramref name="className"/>.</summary>
    public static string ShardFile(string className, int shard) =>
        className + ".Articles" + shard.ToString("00", CultureInfo.InvariantCulture) + ".g.cs";
}
