using CorpusGen.Model;

namespace CorpusGen.Emit;

/// <summary>
/// Writes the types every corpus shares: the <c>NewsArticle</c> class and the <c>ArticleScript</c> and
/// <c>ArticleDirection</c> enums. An article reads its metadata from a row of its shard's table, numbers computed
/// at compile time; the text is read as UTF-8 from a resource slice or a literal, decoded once on first use, and
/// paragraphs are cut at offsets computed at compile time: nothing scans the text at run time.
/// </summary>
public static class ArticleBaseEmitter
{
    // The nested class of NewsArticle that holds one shard's table of articles.
    public const string TableClass = "Table";

    public static GeneratedFile Emit(CorpusOptions options)
    {
        var names = new TypeNames(options.Namespace);
        var writer = names.StartFile();
        var visibility = options.Visibility;
        var script = names.Qualified(TypeNames.Script);
        var direction = names.Qualified(TypeNames.Direction);
        var strings = "global::System.Collections.Generic.IReadOnlyList<string>";
        var span = "global::System.ReadOnlySpan<byte>";

        writer.WriteLine("/// <summary>A news article compiled into this assembly by CorpusGen. The corpus class has one per article file.</summary>");
        writer.WriteLine("[global::System.CodeDom.Compiler.GeneratedCode(\"CorpusGen\", \"" + ThisAssembly.Version + "\")]");
        writer.OpenBlock($"{visibility} sealed partial class {TypeNames.Article}");
        writer.WriteLine($"private readonly {TableClass} _table;");
        writer.WriteLine("private readonly int _row;");
        writer.WriteLine("private readonly int[] _values;");
        writer.WriteLine("private readonly string? _resourceName;");
        writer.WriteLine("private byte[]? _file;");
        writer.WriteLine("private string? _text;");
        writer.WriteLine($"private {strings}? _paragraphs;");
        writer.WriteLine();
        writer.OpenBlock($"private {TypeNames.Article}({TableClass} table, int row)");
        writer.WriteLine("_table = table;");
        writer.WriteLine("_row = row;");
        writer.WriteLine("_values = table.Values(row);");
        writer.WriteLine($"Id = table.String(_values, {TableClass}.Id)!;");
        writer.WriteLine($"FileName = table.String(_values, {TableClass}.FileName)!;");
        writer.WriteLine($"Outlet = table.String(_values, {TableClass}.Outlet);");
        writer.WriteLine($"City = table.String(_values, {TableClass}.City);");
        writer.WriteLine($"_resourceName = table.String(_values, {TableClass}.ResourceName);");
        writer.WriteLine($"var ordinal = _values[{TableClass}.Ordinal];");
        writer.WriteLine("Ordinal = ordinal < 0 ? null : ordinal;");
        writer.WriteLine($"var date = _values[{TableClass}.Date];");
        writer.WriteLine("Date = new global::System.DateOnly(date / 10000, date / 100 % 100, date % 100);");
        writer.WriteLine($"WordCount = _values[{TableClass}.WordCount];");
        writer.WriteLine($"CharacterCount = _values[{TableClass}.CharacterCount];");
        writer.WriteLine($"Script = ({script})_values[{TableClass}.Script];");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>Returns the UTF-8 literal holding the text of the article in row <paramref name=\"row\"/> of a table.</summary>");
        writer.WriteLine($"internal delegate {span} Utf8Literal(int row);");
        writer.WriteLine();
        WriteTable(writer, span);
        writer.WriteLine();
        Property(writer, "string Id { get; }", "The article's id: the hex part of an <c>NNN_id.txt</c> file name, otherwise the file name without its extension.");
        Property(writer, "string FileName { get; }", "The name of the file the article was read from, with its extension.");
        Property(writer, "int? Ordinal { get; }", "The <c>NNN</c> of an <c>NNN_id.txt</c> file name, or <see langword=\"null\"/> for other names.");
        Property(writer, "global::System.DateOnly Date { get; }", "The date of the article's <c>date YYYY-MM-DD</c> header.");
        Property(writer, "string? Outlet { get; }", "The outlet its dateline names (<c>إيلاف</c>, <c>Reuters</c>), or <see langword=\"null\"/> when the lead has no dateline.");
        Property(writer, "string? City { get; }", "The city its dateline names (<c>الرباط</c>, <c>LONDON</c>), or <see langword=\"null\"/>.");
        Property(writer, "int WordCount { get; }", "White-space separated tokens of the text that hold at least one letter or digit.");
        Property(writer, "int CharacterCount { get; }", "Unicode scalar values (code points) of the text.");
        Property(writer, $"int ParagraphCount => _values[{TableClass}.ParagraphCount];", "How many paragraphs the text has.");
        Property(writer, $"{script} Script {{ get; }}", "The writing system most of the text's letters belong to.");
        Property(writer, $"{direction} Direction => Script is {script}.Arabic or {script}.Hebrew ? {direction}.RightToLeft : {direction}.LeftToRight;", "The direction the text is read in, from its script.");
        Property(writer, "global::System.TimeSpan ReadingTime => global::System.TimeSpan.FromSeconds(global::System.Math.Round(WordCount * 60.0 / WordsPerMinute(Script)));", "Silent reading time at the average adult speed for the script (238 words a minute, 138 for Arabic, 187 for Hebrew).");
        Property(writer, $"{span} Utf8Text => _resourceName is null ? _table.Literal(_row) : Slice(_file ?? LoadFile(_resourceName));", "The text as UTF-8, from the assembly: the first use copies the article's file out of the assembly's resources, later ones allocate nothing.");
        Property(writer, "string Text => _text ??= global::System.Text.Encoding.UTF8.GetString(Utf8Text);", "The text: everything after the date header, trailing white space trimmed, otherwise exactly as in the file. Decoded from UTF-8 once, on first use.");
        Property(writer, $"{strings} Paragraphs => _paragraphs ??= CutParagraphs();", "The paragraphs: runs of non-blank lines, each trimmed, cut from the text at offsets computed at compile time.");
        Property(writer, "string Lead => Paragraphs[0];", "The first paragraph.");
        writer.WriteLine("/// <summary>The id and date, as <c>801cc98336fcfd6a (2025-09-20)</c>.</summary>");
        writer.WriteLine("public override string ToString() => Id + \" (\" + Date.ToString(\"yyyy'-'MM'-'dd\", global::System.Globalization.CultureInfo.InvariantCulture) + \")\";");
        writer.WriteLine();
        writer.WriteLine($"private static double WordsPerMinute({script} script) => script switch");
        writer.WriteLine("{");
        writer.WriteLine($"    {script}.Arabic => 138,");
        writer.WriteLine($"    {script}.Hebrew => 187,");
        writer.WriteLine("    _ => 238,");
        writer.WriteLine("};");
        writer.WriteLine();
        writer.WriteLine("// Past a BOM, if the file has one: the offsets count without it.");
        writer.WriteLine($"private {span} Slice(byte[] file) => new {span}(file, file.Length - FileLength + _values[{TableClass}.TextStart], _values[{TableClass}.TextLength]);");
        writer.WriteLine();
        writer.WriteLine($"private int FileLength => _values[{TableClass}.FileLength];");
        writer.WriteLine();
        WriteLoadFile(writer);
        writer.WriteLine();
        writer.OpenBlock($"private {strings} CutParagraphs()");
        writer.WriteLine("var text = Text;");
        writer.WriteLine("var paragraphs = new string[ParagraphCount];");
        writer.WriteLine($"var bounds = {TableClass}.Paragraphs;");
        writer.OpenBlock("for (var i = 0; i < paragraphs.Length; i++)");
        writer.WriteLine("paragraphs[i] = text.Substring(_values[bounds + (2 * i)], _values[bounds + (2 * i) + 1]);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return global::System.Array.AsReadOnly(paragraphs);");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteLine("/// <summary>The writing system most of an article's letters belong to.</summary>");
        writer.OpenBlock($"{visibility} enum {TypeNames.Script}");
        foreach (var value in System.Enum.GetNames(typeof(ArticleScript)))
        {
            writer.WriteLine($"/// <summary>{ScriptDescription(value)}</summary>");
            writer.WriteLine(value + ",");
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>The direction an article's text is read in.</summary>");
        writer.OpenBlock($"{visibility} enum {TypeNames.Direction}");
        writer.WriteLine("/// <summary>Left to right, as Latin, Cyrillic or Han.</summary>");
        writer.WriteLine("LeftToRight,");
        writer.WriteLine("/// <summary>Right to left, as Arabic or Hebrew.</summary>");
        writer.WriteLine("RightToLeft,");
        writer.CloseBlock();

        return new GeneratedFile(TypeNames.Article + ".g.cs", writer.ToString());
    }

    // Copies the article file out of the assembly once. The length check catches a resource that is not the file
    // the compiler read (a build without the package's targets, or a file changed in between).
    private static void WriteLoadFile(SourceWriter writer)
    {
        writer.OpenBlock("private byte[] LoadFile(string resourceName)");
        writer.WriteLine($"var assembly = typeof({TypeNames.Article}).Assembly;");
        writer.WriteLine("using var stream = assembly.GetManifestResourceStream(resourceName)");
        writer.WriteLine("    ?? throw new global::System.InvalidOperationException($\"The resource '{resourceName}' holding the text of article '{Id}' is not in {assembly.GetName().Name}: build the project with the CorpusGen package, whose targets embed the article files.\");");
        writer.WriteLine("var file = new byte[stream.Length];");
        writer.WriteLine("var read = 0;");
        writer.OpenBlock("while (read < file.Length)");
        writer.WriteLine("var count = stream.Read(file, read, file.Length - read);");
        writer.OpenBlock("if (count == 0)");
        writer.WriteLine("break;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("read += count;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.OpenBlock("if (read != file.Length || (read - FileLength) is not (0 or 3))");
        writer.WriteLine("throw new global::System.InvalidOperationException($\"The resource '{resourceName}' has {read} bytes, but the file the compiler read for article '{Id}' had {FileLength}: rebuild the project.\");");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return _file = file;");
        writer.CloseBlock();
    }

    private static void WriteTable(SourceWriter writer, string span)
    {
        var article = TypeNames.Article;
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// The articles of one shard of a corpus class, their metadata computed at compile time: the strings, each stored");
        writer.WriteLine("/// once, and the numbers, encoded as UTF-16 code units. The numbers start with the row count and the start of each");
        writer.WriteLine("/// row, two units each (high, low); a row is its number of values, then the values. A value n is stored as n + 1");
        writer.WriteLine("/// in groups of 15 bits, highest first, each group but the last with 0x8000 set. A string value is a start and a");
        writer.WriteLine("/// length in the strings, the length -1 for null.");
        writer.WriteLine("/// </summary>");
        writer.OpenBlock($"internal sealed class {TableClass}");
        foreach (var (name, offset) in ArticleRow.Offsets.All)
        {
            writer.WriteLine($"internal const int {name} = {ArticleEmitter.Number(offset)};");
        }

        writer.WriteLine();
        writer.WriteLine("private readonly string _strings;");
        writer.WriteLine("private readonly string _numbers;");
        writer.WriteLine("private readonly Utf8Literal? _literal;");
        writer.WriteLine($"private readonly {article}?[] _articles;");
        writer.WriteLine();
        writer.OpenBlock($"internal {TableClass}(string strings, string numbers, Utf8Literal? literal)");
        writer.WriteLine("_strings = strings;");
        writer.WriteLine("_numbers = numbers;");
        writer.WriteLine("_literal = literal;");
        writer.WriteLine($"_articles = new {article}?[Fixed(0)];");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>The article in row <paramref name=\"row\"/>, created on first use; every thread gets the same one.</summary>");
        writer.WriteLine($"internal {article} this[int row] => _articles[row] ?? Publish(row);");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The id of the article in row <paramref name=\"row\"/>, without creating the article.</summary>");
        writer.OpenBlock("internal string IdOf(int row)");
        writer.WriteLine("var at = Fixed(1 + row);");
        writer.WriteLine("Next(ref at);");
        writer.WriteLine("var start = Next(ref at);");
        writer.WriteLine("return _strings.Substring(start, Next(ref at));");
        writer.CloseBlock();
        writer.WriteLine();
        writer.OpenBlock("internal int[] Values(int row)");
        writer.WriteLine("var at = Fixed(1 + row);");
        writer.WriteLine("var values = new int[Next(ref at)];");
        writer.OpenBlock("for (var i = 0; i < values.Length; i++)");
        writer.WriteLine("values[i] = Next(ref at);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return values;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("internal string? String(int[] values, int field) => values[field + 1] < 0 ? null : _strings.Substring(values[field], values[field + 1]);");
        writer.WriteLine();
        writer.WriteLine($"internal {span} Literal(int row) => _literal!(row);");
        writer.WriteLine();
        writer.OpenBlock($"private {article} Publish(int row)");
        writer.WriteLine($"var created = new {article}(this, row);");
        writer.WriteLine("return global::System.Threading.Interlocked.CompareExchange(ref _articles[row], created, null) ?? created;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("private int Fixed(int index) => (_numbers[2 * index] << 16) | _numbers[(2 * index) + 1];");
        writer.WriteLine();
        writer.OpenBlock("private int Next(ref int at)");
        writer.WriteLine("long stored = 0;");
        writer.WriteLine("int unit;");
        writer.OpenBlock("do");
        writer.WriteLine("unit = _numbers[at++];");
        writer.WriteLine("stored = (stored << 15) | (uint)(unit & 0x7FFF);");
        writer.CloseBlock("}");
        writer.WriteLine("while (unit >= 0x8000);");
        writer.WriteLine();
        writer.WriteLine("return (int)(stored - 1);");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static void Property(SourceWriter writer, string declaration, string summary)
    {
        writer.WriteLine($"/// <summary>{summary}</summary>");
        writer.WriteLine("public " + declaration);
        writer.WriteLine();
    }

    private static string ScriptDescription(string script) => script switch
    {
        nameof(ArticleScript.Unknown) => "The text has no letters.",
        nameof(ArticleScript.Han) => "Chinese characters.",
        nameof(ArticleScript.Kana) => "Japanese Hiragana and Katakana.",
        nameof(ArticleScript.Hangul) => "Korean Hangul.",
        nameof(ArticleScript.Other) => "A script CorpusGen does not name.",
        _ => $"The {script} script.",
    };
}
