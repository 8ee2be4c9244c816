using System.Globalization;
using CorpusGen.Model;
using CorpusGen.Planning;

namespace CorpusGen.Emit;

/// <summary>Writes a corpus class: its <c>All</c>, <c>Find</c> and <c>Count</c>. Article members come from <see cref="ArticleEmitter"/>.</summary>
public static class CorpusEmitter
{
    // The compiler's cost for one switch grows faster than its number of cases, so positions are looked up in
    // two levels: the chunk, then the article in the chunk.
    private const int ChunkSize = 128;

    // The nested class of the corpus class that holds the lookups; the planner keeps it off article member names.
    public const string IndexClass = "ArticleIndex";

    public static GeneratedFile Emit(CollectionPlan collection, CorpusOptions options)
    {
        var names = new TypeNames(options.Namespace);
        var article = names.Qualified(TypeNames.Article);
        var list = $"global::System.Collections.Generic.IReadOnlyList<{article}>";
        var index = "global::System.Collections.Generic.Dictionary<string, int>";
        var count = collection.Articles.Count.ToString(CultureInfo.InvariantCulture);
        var writer = names.StartFile();

        writer.WriteLine($"/// <summary>The news corpus <c>{collection.ClassName}</c>: {count} {(count == "1" ? "article" : "articles")} compiled into this assembly by CorpusGen.</summary>");
        writer.WriteLine("[global::System.CodeDom.Compiler.GeneratedCode(\"CorpusGen\", \"" + ThisAssembly.Version + "\")]");
        writer.OpenBlock($"{options.Visibility} static partial class {collection.ClassName}");
        writer.WriteLine("/// <summary>The number of articles in the corpus.</summary>");
        writer.WriteLine($"public const int Count = {count};");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Every article, ordered by file name (ordinal comparison).</summary>");
        writer.WriteLine($"public static {list} All => {IndexClass}.All;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The article whose <see cref=\"" + article + ".Id\"/> is <paramref name=\"id\"/> (ordinal comparison), or <see langword=\"null\"/> when there is none.</summary>");
        writer.WriteLine("/// <param name=\"id\">The article's id: the hex part of an <c>NNN_id.txt</c> file name, otherwise the file name without its extension.</param>");
        writer.WriteLine("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"id\"/> is <see langword=\"null\"/>.</exception>");
        writer.WriteLine($"public static {article}? Find(string id) => {IndexClass}.Find(id ?? throw new global::System.ArgumentNullException(nameof(id)));");
        writer.WriteLine();

        // The helpers live in a nested class, so no article member name can clash with them.
        var corpus = names.Qualified(collection.ClassName);
        writer.OpenBlock($"private static class {IndexClass}");
        writer.WriteLine($"private static {list}? s_all;");
        writer.WriteLine($"private static {index}? s_byId;");
        writer.WriteLine();
        writer.WriteLine($"internal static {list} All => s_all ??= global::System.Array.AsReadOnly(CreateAll());");
        writer.WriteLine();
        writer.WriteLine($"internal static {article}? Find(string id) => (s_byId ??= CreateIndex()).TryGetValue(id, out var position) ? Create(position) : null;");
        writer.WriteLine();
        writer.OpenBlock($"private static {article}[] CreateAll()");
        writer.WriteLine($"var all = new {article}[{corpus}.Count];");
        writer.OpenBlock("for (var i = 0; i < all.Length; i++)");
        writer.WriteLine("all[i] = Create(i);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return all;");
        writer.CloseBlock();
        writer.WriteLine();

        // Ids and positions live here, so that finding one article creates that article only.
        writer.OpenBlock($"private static {index} CreateIndex()");
        writer.WriteLine($"var byId = new {index}({corpus}.Count, global::System.StringComparer.Ordinal);");
        for (var i = 0; i < collection.Articles.Count; i++)
        {
            writer.WriteLine($"byId.Add({StringLiteral.Quote(collection.Articles[i].Id)}, {ArticleEmitter.Number(i)});");
        }

        writer.WriteLine("return byId;");
        writer.CloseBlock();
        writer.WriteLine();
        WriteCreate(writer, collection, article, corpus);
        writer.CloseBlock();
        writer.CloseBlock();

        return new GeneratedFile(collection.ClassName + ".g.cs", writer.ToString());
    }

    /// <summary>Returns the article at a position of <c>All</c>, creating that one article only.</summary>
    private static void WriteCreate(SourceWriter writer, CollectionPlan collection, string article, string corpus)
    {
        var chunks = (collection.Articles.Count + ChunkSize - 1) / ChunkSize;
        writer.OpenBlock($"private static {article} Create(int position)");
        writer.OpenBlock("switch (position / " + ArticleEmitter.Number(ChunkSize) + ")");
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            writer.WriteLine($"case {ArticleEmitter.Number(chunk)}: return Create{ArticleEmitter.Number(chunk)}(position);");
        }

        writer.WriteLine("default: throw new global::System.ArgumentOutOfRangeException(nameof(position));");
        writer.CloseBlock();
        writer.CloseBlock();
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            writer.WriteLine();
            writer.OpenBlock($"private static {article} Create{ArticleEmitter.Number(chunk)}(int position)");
            writer.OpenBlock("switch (position)");
            var end = System.Math.Min(collection.Articles.Count, (chunk + 1) * ChunkSize);
            for (var i = chunk * ChunkSize; i < end; i++)
            {
                writer.WriteLine($"case {ArticleEmitter.Number(i)}: return {corpus}.{collection.Articles[i].MemberName};");
            }

            writer.WriteLine("default: throw new global::System.ArgumentOutOfRangeException(nameof(position));");
            writer.CloseBlock();
            writer.CloseBlock();
        }
    }
}
