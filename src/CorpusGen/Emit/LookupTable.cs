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
        byte '0' + d. A table of names holds the names' UTF-8 bytes back to back, ordered by those bytes; its entries
        are numbers: for name k, its start at 2k and its value at 2k + 1, and after the last, the end of the names.
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

    /// <summary>The names table and its entries for <paramref name="values"/>: name and value.</summary>
    public static (string Names, string Entries) Names(IEnumerable<(string Name, int Value)> values)
    {
        var sorted = values
            .Select(value => (Bytes: Encoding.UTF8.GetBytes(value.Name), value.Name, value.Value))
            .OrderBy(value => value.Bytes, Utf8Order.Instance)
            .ToList();
        var names = new StringBuilder();
        var entries = new List<int>(1 + (2 * sorted.Count));
        var end = 0;
        foreach (var (bytes, name, value) in sorted)
        {
            entries.Add(end);
            entries.Add(value);
            names.Append(name);
            end += bytes.Length;
        }

        entries.Add(end);
        return (names.ToString(), Numbers(entries));
    }

    /// <summary>Writes the decoder: methods of a corpus class's index that read the tables as they are written here.</summary>
    public static void WriteDecoder(SourceWriter writer)
    {
        writer.WriteLine("/// <summary>");
        writer.WriteLines("/// " + Description.Replace("\n", "\n/// "));
        writer.WriteLine("/// </summary>");
        writer.WriteLines(
            """
            internal static int Number(global::System.ReadOnlySpan<byte> table, int index)
            {
                var width = table[0] - '0';
                var at = 1 + (index * width);
                var value = 0;
                for (var digit = 0; digit < width; digit++)
                {
                    value = (value << 6) | (table[at + digit] - '0');
                }

                return value;
            }

            internal static int Length(global::System.ReadOnlySpan<byte> table) => (table.Length - 1) / (table[0] - '0');

            /// <summary>The value of <paramref name="name"/> (ordinal comparison) in a table of names, or -1.</summary>
            internal static int ValueOf(global::System.ReadOnlySpan<byte> names, global::System.ReadOnlySpan<byte> entries, string name)
            {
                var low = 0;
                var high = (Length(entries) / 2) - 1;
                while (low <= high)
                {
                    var middle = low + ((high - low) / 2);
                    var start = Number(entries, 2 * middle);
                    var order = Compare(name, names.Slice(start, Number(entries, (2 * middle) + 2) - start));
                    if (order == 0)
                    {
                        return Number(entries, (2 * middle) + 1);
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

            // Code point by code point, as UTF-8 bytes sort, so equal means equal strings; a lone surrogate is a code
            // point no name holds. Plain loops, not the transcoding and comparing APIs: a first lookup would wait for
            // the JIT to compile those, several milliseconds.
            private static int Compare(string name, global::System.ReadOnlySpan<byte> utf8)
            {
                var (at, from) = (0, 0);
                while (at < name.Length && from < utf8.Length)
                {
                    int left = name[at++];
                    if (left is >= 0xD800 and <= 0xDBFF && at < name.Length && name[at] is >= '\uDC00' and <= '\uDFFF')
                    {
                        left = 0x10000 + ((left - 0xD800) << 10) + (name[at++] - 0xDC00);
                    }

                    int right = utf8[from++];
                    if (right >= 0x80)
                    {
                        var more = right >= 0xF0 ? 3 : right >= 0xE0 ? 2 : 1;
                        right &= 0x3F >> more;
                        for (; more > 0; more--)
                        {
                            right = (right << 6) | (utf8[from++] & 0x3F);
                        }
                    }

                    if (left != right)
                    {
                        return left < right ? -1 : 1;
                    }
                }

                return (at < name.Length ? 1 : 0) - (from < utf8.Length ? 1 : 0);
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
