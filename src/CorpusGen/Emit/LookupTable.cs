using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CorpusGen.Emit;

/// <summary>
/// The format of the lookup tables a corpus class holds, whole: the encoder and the decoder the generated code
/// holds (<see cref="Description"/>). The tables are UTF-8 literals: they live in the assembly's data, not in its
/// 16 MB user-string heap, and the compiler copies them as they are.
/// </summary>
public static class LookupTable
{
    /// <summary>How the tables are laid out: the decoder's comment, and the one description of the format.</summary>
    public const string Description =
        """
        Lookup tables computed at compile time, as UTF-8 literals. A table of numbers starts with the width w of every
        number, as the digit '1' to '5'; then each number is w digits of base 64, highest first, digit d written as the
        byte '0' + d. A table of names is such a table of numbers, then the names' UTF-8 bytes back to back, ordered by
        those bytes: its numbers are the count n of names, then for name k its start (counted from the first name's
        first byte) at 1 + 2k and its value at 2 + 2k, then the end of the last name.
        """;

    private const int DigitBits = 6;
    private const char Zero = '0';

    /// <summary>The table of <paramref name="numbers"/>, none negative.</summary>
    public static string Numbers(IEnumerable<int> numbers)
    {
        var values = numbers.ToList();
        var width = 1;
        while (values.Any(value => value >> (DigitBits * width) != 0))
        {
            width++;
        }

        var table = new StringBuilder(1 + (width * values.Count)).Append((char)(Zero + width));
        foreach (var value in values)
        {
            for (var digit = width - 1; digit >= 0; digit--)
            {
                table.Append((char)(Zero + ((value >> (DigitBits * digit)) & 63)));
            }
        }

        return table.ToString();
    }

    /// <summary>The table of names for <paramref name="values"/>: name and value, the value not negative.</summary>
    public static string Names(IEnumerable<(string Name, int Value)> values)
    {
        var sorted = values
            .Select(value => (Bytes: Encoding.UTF8.GetBytes(value.Name), value.Name, value.Value))
            .OrderBy(value => value.Bytes, Utf8Order.Instance)
            .ToList();
        var names = new StringBuilder();
        var numbers = new List<int>(2 + (2 * sorted.Count)) { sorted.Count };
        var end = 0;
        foreach (var (bytes, name, value) in sorted)
        {
            numbers.Add(end);
            numbers.Add(value);
            names.Append(name);
            end += bytes.Length;
        }

        numbers.Add(end);
        return Numbers(numbers) + names;
    }

    /// <summary>
    /// Writes a method that reads the table of <paramref name="numbers"/> at an index, the table inside it. Each
    /// method written here is whole, calling no other: a fresh process waits for the JIT to compile every method a
    /// first lookup runs, 0.05 to 0.2 ms each.
    /// </summary>
    public static void WriteNumbers(SourceWriter writer, string comment, string name, IEnumerable<int> numbers)
    {
        writer.WriteLines(
            $$"""
            // {{comment}}
            private static int {{name}}(int index)
            {
                global::System.ReadOnlySpan<byte> table = {{StringLiteral.QuoteUtf8(Numbers(numbers))}};
                var width = table[0] - '0';
                var at = 1 + (index * width);
                var value = 0;
                for (var digit = 0; digit < width; digit++)
                {
                    value = (value << 6) | (table[at + digit] - '0');
                }

                return value;
            }
            """);
    }

    /// <summary>Writes the tables' description, as a comment before the methods that read them.</summary>
    public static void WriteDescription(SourceWriter writer) =>
        writer.WriteLines("// " + Description.Replace("\n", "\n// "));

    /// <summary>Writes <c>ValueOf</c>, which finds a name in a table of names.</summary>
    public static void WriteNamesDecoder(SourceWriter writer)
    {
        writer.WriteLines(
            """
            /// <summary>The value of <paramref name="name"/> (ordinal comparison) in a table of names, or -1.</summary>
            internal static int ValueOf(global::System.ReadOnlySpan<byte> table, string name)
            {
                var width = table[0] - '0';
                var count = 0;
                for (var digit = 1; digit <= width; digit++)
                {
                    count = (count << 6) | (table[digit] - '0');
                }

                var names = 1 + (width * (2 + (2 * count)));
                var (low, high) = (0, count - 1);
                while (low <= high)
                {
                    var middle = low + ((high - low) / 2);
                    var entry = 1 + (width * (1 + (2 * middle)));
                    var (start, value, end) = (0, 0, 0);
                    for (var digit = 0; digit < width; digit++)
                    {
                        start = (start << 6) | (table[entry + digit] - '0');
                        value = (value << 6) | (table[entry + width + digit] - '0');
                        end = (end << 6) | (table[entry + (2 * width) + digit] - '0');
                    }

                    // Code point by code point, as UTF-8 bytes sort, so equal means equal strings; a lone surrogate
                    // is a code point no name holds.
                    var (at, from, order) = (0, names + start, 0);
                    while (order == 0 && at < name.Length && from < names + end)
                    {
                        int left = name[at++];
                        if (left is >= 0xD800 and <= 0xDBFF && at < name.Length && name[at] is >= '\uDC00' and <= '\uDFFF')
                        {
                            left = 0x10000 + ((left - 0xD800) << 10) + (name[at++] - 0xDC00);
                        }

                        int right = table[from++];
                        if (right >= 0x80)
                        {
                            var more = right >= 0xF0 ? 3 : right >= 0xE0 ? 2 : 1;
                            right &= 0x3F >> more;
                            for (; more > 0; more--)
                            {
                                right = (right << 6) | (table[from++] & 0x3F);
                            }
                        }

                        order = left - right;
                    }

                    if (order == 0)
                    {
                        order = (at < name.Length ? 1 : 0) - (from < names + end ? 1 : 0);
                    }

                    if (order == 0)
                    {
                        return value;
                    }

                    if (order < 0)
                    {
                        high = middle - 1;
                    }
                    else
                    {
                        low = middle + 1;
                    }
                }

                return -1;
            }
            """);
    }

    private sealed class Utf8Order : IComparer<byte[]>
    {
        public static readonly Utf8Order Instance = new();

        public int Compare(byte[]? left, byte[]? right)
        {
            for (var i = 0; i < System.Math.Min(left!.Length, right!.Length); i++)
            {
                if (left[i] != right[i])
                {
                    return left[i].CompareTo(right[i]);
                }
            }

            return left.Length.CompareTo(right.Length);
        }
    }
}
