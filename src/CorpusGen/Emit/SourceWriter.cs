using System.Text;

namespace CorpusGen.Emit;

/// <summary>Writes C# source line by line with an indent level.</summary>
public sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder;
    private int _indent;

    /// <param name="capacity">The length the text is expected to reach: a builder that grows copies what it holds.</param>
    public SourceWriter(int indent = 0, int capacity = 16)
    {
        _indent = indent;
        _builder = new StringBuilder(capacity);
    }

    public SourceWriter WriteLine(string line = "") => WriteLine(line, "", "");

    /// <summary>Writes a line of three parts, without making a string of the line first.</summary>
    public SourceWriter WriteLine(string start, string middle, string end)
    {
        if (start.Length + middle.Length + end.Length > 0)
        {
            for (var i = 0; i < _indent; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(start).Append(middle).Append(end);
        }

        // Always \n: output must not depend on the OS the compiler runs on.
        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/> (if any) and an opening brace, and indents what follows.</summary>
    public SourceWriter OpenBlock(string header = "")
    {
        if (header.Length > 0)
        {
            WriteLine(header);
        }

        WriteLine("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBlock(string closer = "}")
    {
        _indent--;
        return WriteLine(closer);
    }

    public override string ToString() => _builder.ToString();
}
