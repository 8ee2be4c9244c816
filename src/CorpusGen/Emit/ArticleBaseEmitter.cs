using CorpusGen.Model;

namespace CorpusGen.Emit;

/// <summary>
/// Writes the types every corpus shares: the <c>NewsArticle</c> class and the <c>ArticleScript</c> and
/// <c>ArticleDirection</c> enums. Metadata arrives through the constructor as constants; the text is read as UTF-8
/// from a resource slice or a literal, decoded once on first use, and paragraphs are cut at offsets computed at
/// compile time: nothing scans the text at run time.
/// </summary>
public static class ArticleBaseEmitter
{
    public static GeneratedFile Emit(CorpusOptions options)
    {
        var names = new TypeNames(options.Namespace);
        var writer = names.StartFile();
        var visibility = options.Visibility;
        var script = names.Qualified(TypeNames.Script);
        var direction = names.Qualified(TypeNames.Direction);
        var strings = "global::System.Collections.Generic.IReadOnlyList<string>";
        var span = "global::System.ReadOnlySpan<byte>";
        var metadata = $"string id, string fileName, int? ordinal, global::System.DateOnly date, string? outlet, string? city, int wordCount, int characterCount, {script} script, int[] paragraphBounds";

        writer.WriteLine("/// <summary>A news article compiled into this assembly by CorpusGen. The corpus class has one per article file.</summary>");
        writer.WriteLine("[global::System.CodeDom.Compiler.GeneratedCode(\"CorpusGen\", \"" + ThisAssembly.Version + "\")]");
        writer.OpenBlock($"{visibility} sealed partial class {TypeNames.Article}");
        writer.WriteLine("private readonly int[] _paragraphBounds;");
        writer.WriteLine("private readonly Utf8Literal? _literal;");
        writer.WriteLine("private readonly ResourceSlice _slice;");
        writer.WriteLine("private byte[]? _file;");
        writer.WriteLine("private string? _text;");
        writer.WriteLine($"private {strings}? _paragraphs;");
        writer.WriteLine();
        writer.WriteLine($"internal {TypeNames.Article}({metadata}, ResourceSlice text)");
        writer.WriteLine("    : this(id, fileName, ordinal, date, outlet, city, wordCount, characterCount, script, paragraphBounds)");
        writer.OpenBlock();
        writer.WriteLine("_slice = text;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"internal {TypeNames.Article}({metadata}, Utf8Literal text)");
        writer.WriteLine("    : this(id, fileName, ordinal, date, outlet, city, wordCount, characterCount, script, paragraphBounds)");
        writer.OpenBlock();
        writer.WriteLine("_literal = text;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"private {TypeNames.Article}({metadata})");
        writer.OpenBlock();
        foreach (var (field, parameter) in new[]
        {
            ("Id", "id"), ("FileName", "fileName"), ("Ordinal", "ordinal"), ("Date", "date"), ("Outlet", "outlet"),
            ("City", "city"), ("WordCount", "wordCount"), ("CharacterCount", "characterCount"), ("Script", "script"),
            ("_paragraphBounds", "paragraphBounds"),
        })
        {
            writer.WriteLine($"{field} = {parameter};");
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>An article's text held in a UTF-8 literal.</summary>");
        writer.WriteLine($"internal delegate {span} Utf8Literal();");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Where an article's text lies in its file, embedded as a resource: offsets in bytes, without a BOM.</summary>");
        writer.WriteLine("internal readonly record struct ResourceSlice(string ResourceName, int Start, int Length, int FileLength);");
        writer.WriteLine();
        Property(writer, "string Id { get; }", "The article's id: the hex part of an <c>NNN_id.txt</c> file name, otherwise the file name without its extension.");
        Property(writer, "string FileName { get; }", "The name of the file the article was read from, with its extension.");
        Property(writer, "int? Ordinal { get; }", "The <c>NNN</c> of an <c>NNN_id.txt</c> file name, or <see langword=\"null\"/> for other names.");
        Property(writer, "global::System.DateOnly Date { get; }", "The date of the article's <c>date YYYY-MM-DD</c> header.");
        Property(writer, "string? Outlet { get; }", "The outlet its dateline names (<c>إيلاف</c>, <c>Reuters</c>), or <see langword=\"null\"/> when the lead has no dateline.");
        Property(writer, "string? City { get; }", "The city its dateline names (<c>الرباط</c>, <c>LONDON</c>), or <see langword=\"null\"/>.");
        Property(writer, "int WordCount { get; }", "White-space separated tokens of the text that hold at least one letter or digit.");
        Property(writer, "int CharacterCount { get; }", "Unicode scalar values (code points) of the text.");
        Property(writer, "int ParagraphCount => _paragraphBounds.Length / 2;", "How many paragraphs the text has.");
        Property(writer, $"{script} Script {{ get; }}", "The writing system most of the text's letters belong to.");
        Property(writer, $"{direction} Direction => Script is {script}.Arabic or {script}.Hebrew ? {direction}.RightToLeft : {direction}.LeftToRight;", "The direction the text is read in, from its script.");
        Property(writer, "global::System.TimeSpan ReadingTime => global::System.TimeSpan.FromSeconds(global::System.Math.Round(WordCount * 60.0 / WordsPerMinute(Script)));", "Silent reading time at the average adult speed for the script (238 words a minute, 138 for Arabic, 187 for Hebrew).");
        Property(writer, $"{span} Utf8Text => _literal is not null ? _literal() : Slice(_file ?? LoadFile());", "The text as UTF-8, from the assembly: the first use copies the article's file out of the assembly's resources, later ones allocate nothing.");
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
        writer.WriteLine("// Past a BOM, if the file has one: the slice's offsets count without it.");
        writer.WriteLine($"private {span} Slice(byte[] file) => new {span}(file, file.Length - _slice.FileLength + _slice.Start, _slice.Length);");
        writer.WriteLine();
        WriteLoadFile(writer);
        writer.WriteLine();
        writer.OpenBlock($"private {strings} CutParagraphs()");
        writer.WriteLine("var text = Text;");
        writer.WriteLine("var paragraphs = new string[_paragraphBounds.Length / 2];");
        writer.OpenBlock("for (var i = 0; i < paragraphs.Length; i++)");
        writer.WriteLine("paragraphs[i] = text.Substring(_paragraphBounds[2 * i], _paragraphBounds[(2 * i) + 1]);");
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
        writer.OpenBlock("private byte[] LoadFile()");
        writer.WriteLine($"var assembly = typeof({TypeNames.Article}).Assembly;");
        writer.WriteLine("using var stream = assembly.GetManifestResourceStream(_slice.ResourceName)");
        writer.WriteLine("    ?? throw new global::System.InvalidOperationException($\"The resource '{_slice.ResourceName}' holding the text of article '{Id}' is not in {assembly.GetName().Name}: build the project with the CorpusGen package, whose targets embed the article files.\");");
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
        writer.OpenBlock("if (read != file.Length || (read - _slice.FileLength) is not (0 or 3))");
        writer.WriteLine("throw new global::System.InvalidOperationException($\"The resource '{_slice.ResourceName}' has {read} bytes, but the file the compiler read for article '{Id}' had {_slice.FileLength}: rebuild the project.\");");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return _file = file;");
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
