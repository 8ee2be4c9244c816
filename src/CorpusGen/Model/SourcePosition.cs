using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Model;

/// <summary>A place in an article file: the path, the character span and its lines and columns.</summary>
public readonly record struct SourcePosition(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The start of the file: for problems with the file as a whole.</summary>
    public static SourcePosition FileStart(string filePath) => new(filePath, default, default);

    /// <summary>The position of <paramref name="length"/> characters at <paramref name="start"/> of <paramref name="text"/>.</summary>
    public static SourcePosition In(string filePath, string text, int start, int length)
    {
        var begin = LineAndColumn(text, start);
        var end = LineAndColumn(text, start + length);
        return new SourcePosition(filePath, new TextSpan(start, length), new LinePositionSpan(begin, end));
    }

    // Line breaks as Roslyn's SourceText counts them, so the IDE lands on the line it shows.
    private static LinePosition LineAndColumn(string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            var c = text[i];
            var endsLine = c is '\n' or '\u0085' or '\u2028' or '\u2029'
                || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'));
            if (endsLine)
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new LinePosition(line, offset - lineStart);
    }
}
