using System.Collections.Generic;
using System.Text;
using CorpusGen.Model;

namespace CorpusGen.Emit;

/// <summary>
/// The two string constants that hold one shard's metadata (see <see cref="ArticleRow"/>): the strings, each stored
/// once, and the numbers, encoded as UTF-16 code units. One literal costs the compiler next to nothing, where an
/// array initializer costs it a bound node per number, twice when analyzers run.
/// </summary>
/// <remarks>
/// <see cref="Numbers"/> starts with the row count and the start of each row, two code units each (high, low);
/// then each row: its number of values, then the values. A value <c>n</c> (-1, for null, or more) is stored as
/// <c>n + 1</c> in groups of 15 bits, highest first, each group but the last with 0x8000 set: one code unit below
/// 0x8000, two below 2^30, three up to <c>int.MaxValue + 1</c>.
/// </remarks>
public sealed class ShardTable
{
    private const int GroupBits = 15;
    private const int MoreFollows = 0x8000;

    private ShardTable(string strings, string numbers)
    {
        Strings = strings;
        Numbers = numbers;
    }

    public string Strings { get; }

    public string Numbers { get; }

    public static ShardTable Build(IReadOnlyList<ArticleRow> rows)
    {
        var strings = new StringBuilder();
        var stored = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var encodedRows = new StringBuilder();
        var rowStarts = new List<int>(rows.Count);
        var values = new List<int>();
        foreach (var row in rows)
        {
            // Longest first, so that the shorter strings can point into them.
            foreach (var text in new[] { row.ResourceName, row.FileName, row.Id, row.Outlet, row.City })
            {
                Store(text, row, strings, stored);
            }

            values.Clear();
            foreach (var text in row.Strings)
            {
                values.Add(text is null ? 0 : stored[text]);
                values.Add(text?.Length ?? -1);
            }

            values.AddRange(row.Numbers);
            rowStarts.Add(encodedRows.Length);
            AppendVariable(encodedRows, values.Count);
            foreach (var value in values)
            {
                AppendVariable(encodedRows, value);
            }
        }

        var numbers = new StringBuilder();
        var headerLength = 2 * (1 + rows.Count);
        AppendFixed(numbers, rows.Count);
        foreach (var start in rowStarts)
        {
            AppendFixed(numbers, headerLength + start);
        }

        return new ShardTable(strings.ToString(), numbers.Append(encodedRows.ToString()).ToString());
    }

    // Each distinct string once; a file name within its resource name and an id within its file name share
    // their characters, which keeps the assembly's user-string heap (16 MB at most) for more articles.
    private static void Store(string? text, ArticleRow row, StringBuilder strings, Dictionary<string, int> stored)
    {
        if (text is null || stored.ContainsKey(text))
        {
            return;
        }

        foreach (var container in new[] { row.ResourceName, row.FileName })
        {
            var index = container is null || container == text ? -1 : container.IndexOf(text, System.StringComparison.Ordinal);
            if (index >= 0)
            {
                stored.Add(text, stored[container!] + index);
                return;
            }
        }

        stored.Add(text, strings.Length);
        strings.Append(text);
    }

    private static void AppendFixed(StringBuilder units, int value) =>
        units.Append((char)(value >> 16)).Append((char)(value & 0xFFFF));

    private static void AppendVariable(StringBuilder units, int value)
    {
        if (value < -1)
        {
            throw new System.ArgumentOutOfRangeException(nameof(value), value, "Table values are -1 (null) or more.");
        }

        var stored = (long)value + 1;
        var shift = 0;
        while (stored >> (shift + GroupBits) != 0)
        {
            shift += GroupBits;
        }

        for (; shift > 0; shift -= GroupBits)
        {
            units.Append((char)(MoreFollows | (int)((stored >> shift) & 0x7FFF)));
        }

        units.Append((char)(stored & 0x7FFF));
    }
}
