namespace CorpusGen.Search;

/// <summary>
/// An inverted index of a corpus, read straight from its bytes: a query reads the index's header, the entries its
/// binary search visits and the postings of its own terms, nothing else. The bytes, all numbers little-endian:
/// <list type="number">
/// <item>The header: the magic <c>CGS1</c>; then as 4-byte numbers the article count N, the term count T, the width w
/// of a length (1), the byte length of all terms, and the total of all lengths as 8 bytes.</item>
/// <item>Lengths: N bytes, the number of terms of each article (its tokens less its stop words), for BM25, in the
/// one byte Lucene keeps it in (<see cref="EncodeLength"/>).</item>
/// <item>Entries: T entries of 12 bytes, ordered by their terms' UTF-8 bytes: where the term's UTF-8 starts among the
/// term bytes, where its postings start among the postings, and how many articles hold it. One more entry of
/// ends closes the last term and postings.</item>
/// <item>Term bytes: the terms' UTF-8, back to back.</item>
/// <item>Postings, per term: the byte length of its article list as a varint, the article list (per article the gap
/// from the article before, plus one for the first, and the term's frequency, as varints), then the positions
/// (per article, frequency many gaps from the position before, the first counted from -1, as varints).</item>
/// </list>
/// A varint is seven bits a byte, lowest first, the high bit set on every byte but the last. A project's indexes, one
/// per corpus class, travel in one file: the magic <c>CGSX</c>, the number of indexes as 4 bytes, then per index its
/// class name (2-byte length and UTF-8), the <see cref="Fingerprint"/> of its articles' file names, and its start and
/// length as 8 bytes each; then the indexes. A class's titles have an index of their own, named as
/// <see cref="TitlesOf"/> says, whose article n is the class's article n.
/// </summary>
internal sealed class SearchIndex
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name: for the loops over every
    /// article a search runs. The JIT compiles them once, optimized, where it would compile them unoptimized and then
    /// again while they run (on-stack replacement), and inlines what they call.
    /// </summary>
    internal const global::System.Runtime.CompilerServices.MethodImplOptions OptimizedFromFirstCall = (global::System.Runtime.CompilerServices.MethodImplOptions)512;

    private const int HeaderLength = 28;
    private const int EntryLength = 12;

    // One stream for the index's life, shared by the threads' readers, which seek and read it under its lock:
    // opening a resource stream looks its name up among all of the assembly's resources, 80 µs at 23,000 articles
    // under the JIT and 2.4 ms in a native program, more than a search's own reading.
    private readonly global::System.IO.Stream _stream;

    // One reader a thread, kept with its buffers and the article lengths.
    private readonly global::System.Threading.ThreadLocal<Reader> _readers;
    private readonly long _start;
    private readonly int _lengthWidth;
    private readonly int _termBytesLength;

    private SearchIndex(global::System.IO.Stream stream, long start, byte[] header)
    {
        _stream = stream;
        _readers = new global::System.Threading.ThreadLocal<Reader>(() => new Reader(this));
        _start = start;
        ArticleCount = ReadInt(header, 4, 4);
        TermCount = ReadInt(header, 8, 4);
        _lengthWidth = ReadInt(header, 12, 4);
        _termBytesLength = ReadInt(header, 16, 4);
        TotalLength = ReadLong(header, 20);
    }

    public int ArticleCount { get; }

    public int TermCount { get; }

    /// <summary>The sum of every article's length: with <see cref="ArticleCount"/>, BM25's average length.</summary>
    public long TotalLength { get; }

    private long EntriesStart => HeaderLength + ((long)ArticleCount * _lengthWidth);

    private long TermBytesStart => EntriesStart + ((TermCount + 1L) * EntryLength);

    private long PostingsStart => TermBytesStart + _termBytesLength;

    /// <summary>The index in <paramref name="stream"/>, seekable, which the index keeps and reads for its whole life.</summary>
    /// <exception cref="global::System.IO.InvalidDataException">The bytes are not an index.</exception>
    public static SearchIndex Open(global::System.IO.Stream stream) => Open(stream, 0L);

    /// <summary>
    /// The index of <paramref name="className"/> in a project's file of indexes, <paramref name="stream"/>, checked to
    /// be of the articles whose file names give <paramref name="fingerprint"/>; the index keeps the stream.
    /// </summary>
    /// <exception cref="global::System.IO.InvalidDataException">The file holds no such index, or one of other articles.</exception>
    public static SearchIndex Open(global::System.IO.Stream stream, string className, ulong fingerprint)
    {
        var magic = new byte[8];
        stream.Seek(0, global::System.IO.SeekOrigin.Begin);
        if (ReadFully(stream, magic, 8) != 8 || magic[0] != 'C' || magic[1] != 'G' || magic[2] != 'S' || magic[3] != 'X')
        {
            throw Damaged();
        }

        var entry = new byte[24];
        for (var count = ReadInt(magic, 4, 4); count > 0; count--)
        {
            var nameLength = new byte[2];
            ReadFully(stream, nameLength, 2);
            var name = new byte[ReadInt(nameLength, 0, 2)];
            if (ReadFully(stream, name, name.Length) != name.Length || ReadFully(stream, entry, 24) != 24)
            {
                throw Damaged();
            }

            if (global::System.Text.Encoding.UTF8.GetString(name) != className)
            {
                continue;
            }

            if (ReadLong(entry, 0) != (long)fingerprint)
            {
                throw new global::System.IO.InvalidDataException($"The search index of {className} was built for other articles: rebuild the project.");
            }

            return Open(stream, ReadLong(entry, 8));
        }

        throw new global::System.IO.InvalidDataException($"The project's search index holds no index of {className}: rebuild the project.");
    }

    /// <summary>The name of the index of <paramref name="className"/>'s titles: no class name holds a '/'.</summary>
    public static string TitlesOf(string className) => className + "/title";

    /// <summary>A number for the file names of a class's articles, in order (64-bit FNV-1a of their UTF-16 units).</summary>
    public static ulong Fingerprint(global::System.Collections.Generic.IEnumerable<string> fileNames)
    {
        var hash = 14695981039346656037UL;
        foreach (var name in fileNames)
        {
            foreach (var c in name)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash = (hash ^ 0xFFFF) * 1099511628211UL;
        }

        return hash;
    }

    private static SearchIndex Open(global::System.IO.Stream stream, long start)
    {
        var header = new byte[HeaderLength];
        stream.Seek(start, global::System.IO.SeekOrigin.Begin);
        if (ReadFully(stream, header, header.Length) != header.Length || header[0] != 'C' || header[1] != 'G' || header[2] != 'S' || header[3] != '1')
        {
            throw Damaged();
        }

        return new SearchIndex(stream, start, header);
    }

    private static global::System.IO.InvalidDataException Damaged() =>
        new("The search index is missing or damaged: rebuild the project.");

    /// <summary>A reader for one search: it holds a stream, so it belongs to one thread.</summary>
    public Reader ThreadReader => _readers.Value!;

    internal sealed class Reader
    {
        private readonly SearchIndex _index;
        private readonly byte[] _entry = new byte[2 * EntryLength];
        private byte[] _bytes = new byte[256];
        private byte[] _articleList = new byte[256];
        private byte[] _lengths = global::System.Array.Empty<byte>();

        internal Reader(SearchIndex index)
        {
            _index = index;
        }

        /// <summary>What the scorer works out once from <see cref="Lengths"/>, kept with the reader, one a thread and index.</summary>
        public float[]? LengthParts { get; set; }

        /// <summary>Each article's length in its byte (<see cref="EncodeLength"/>); read on the first call.</summary>
        public byte[] Lengths()
        {
            if (_lengths.Length == 0 && _index.ArticleCount > 0)
            {
                _lengths = Read(HeaderLength, _index.ArticleCount * _index._lengthWidth, new byte[_index.ArticleCount * _index._lengthWidth]);
            }

            return _lengths;
        }

        /// <summary>The postings of <paramref name="term"/>, or null when no article holds it.</summary>
        public Postings? Find(string term)
        {
            var utf8 = global::System.Text.Encoding.UTF8.GetBytes(term);
            var (low, high) = (0, _index.TermCount - 1);
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                Read(_index.EntriesStart + ((long)middle * EntryLength), 2 * EntryLength, _entry);
                var start = ReadInt(_entry, 0, 4);
                var length = ReadInt(_entry, EntryLength, 4) - start;
                var name = Read(_index.TermBytesStart + start, length, Buffer(length));
                var order = Compare(utf8, name, length);
                if (order == 0)
                {
                    var postingsStart = ReadInt(_entry, 4, 4);
                    var postingsLength = ReadInt(_entry, EntryLength + 4, 4) - postingsStart;
                    return new Postings(this, _index.PostingsStart + postingsStart, postingsLength, ReadInt(_entry, 8, 4));
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

            return null;
        }

        /// <summary><paramref name="count"/> bytes of the index from <paramref name="offset"/>, in an array of their own.</summary>
        internal byte[] ReadAt(long offset, int count) => Read(offset, count, new byte[count]);

        /// <summary><paramref name="count"/> bytes of the index from <paramref name="offset"/>, in the reader's buffer for article lists, which the next such read overwrites.</summary>
        internal byte[] ReadArticleList(long offset, int count)
        {
            if (_articleList.Length < count)
            {
                _articleList = new byte[global::System.Math.Max(count, _articleList.Length * 2)];
            }

            return Read(offset, count, _articleList);
        }

        private byte[] Buffer(int length)
        {
            if (_bytes.Length < length)
            {
                _bytes = new byte[length];
            }

            return _bytes;
        }

        private byte[] Read(long offset, int count, byte[] buffer)
        {
            var stream = _index._stream;
            lock (stream)
            {
                stream.Seek(_index._start + offset, global::System.IO.SeekOrigin.Begin);
                if (ReadFully(stream, buffer, count) != count)
                {
                    throw Damaged();
                }
            }

            return buffer;
        }
    }

    /// <summary>
    /// The articles that hold one term, with the term's frequency and positions in each, read from the index when
    /// asked for: a term alone needs its articles, a phrase its positions too.
    /// </summary>
    internal sealed class Postings
    {
        private readonly Reader _reader;
        private readonly long _start;
        private readonly int _length;

        internal Postings(Reader reader, long start, int length, int articleCount)
        {
            _reader = reader;
            _start = start;
            _length = length;
            ArticleCount = articleCount;
        }

        /// <summary>How many articles hold the term: BM25's document frequency.</summary>
        public int ArticleCount { get; }

        /// <summary>Each article that holds the term, in article order, with the term's frequency in it.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(OptimizedFromFirstCall)]
        public void ReadArticles(int[] articles, int[] frequencies)
        {
            var (start, length) = ArticleList();
            var bytes = _reader.ReadArticleList(_start + start, length);
            var (at, article) = (0, -1);
            for (var i = 0; i < ArticleCount; i++)
            {
                // Most gaps and frequencies take one byte: read those here, the longer ones by ReadVarint.
                var gap = bytes[at];
                if (gap < 0x80)
                {
                    at++;
                    article += gap;
                }
                else
                {
                    article += ReadVarint(bytes, ref at);
                }

                articles[i] = article;
                var frequency = bytes[at];
                if (frequency < 0x80)
                {
                    at++;
                    frequencies[i] = frequency;
                }
                else
                {
                    frequencies[i] = ReadVarint(bytes, ref at);
                }
            }
        }

        /// <summary>The term's positions, to be read article after article in article order.</summary>
        public PositionReader ReadPositions()
        {
            var (start, length) = ArticleList();
            return new PositionReader(_reader.ReadAt(_start + start + length, _length - start - length));
        }

        // Where the article list lies in the postings: after the varint of its length.
        private (int Start, int Length) ArticleList()
        {
            var head = _reader.ReadArticleList(_start, _length < 5 ? _length : 5);
            var at = 0;
            var length = ReadVarint(head, ref at);
            return (at, length);
        }
    }

    /// <summary>
    /// An article's length in one byte, as Lucene's BM25Similarity keeps it: 1 / sqrt(length) in SmallFloat's
    /// 3-bit mantissa and 5-bit exponent, read back as 1 / f². Lengths 1 and 4 stay exact; 2 reads as 2.56, 3 as 4,
    /// 100 as 113.78.
    /// </summary>
    public static byte EncodeLength(int length)
    {
        var bits = global::System.BitConverter.ToInt32(global::System.BitConverter.GetBytes(1 / (float)global::System.Math.Sqrt(length)), 0);
        var small = bits >> 21;
        return small <= (63 - 15) << 3 ? (byte)(bits <= 0 ? 0 : 1) : small >= ((63 - 15) << 3) + 0x100 ? (byte)255 : (byte)(small - ((63 - 15) << 3));
    }

    /// <summary>The length a byte of <see cref="EncodeLength"/> stands for.</summary>
    public static float DecodeLength(byte encoded) => DecodedLengths[encoded];

    // Byte 0 (a length of no term) reads as the longest length, as in Lucene.
    private static readonly float[] DecodedLengths = DecodeLengths();

    private static float[] DecodeLengths()
    {
        var lengths = new float[256];
        for (var i = 1; i < 256; i++)
        {
            var f = global::System.BitConverter.ToSingle(global::System.BitConverter.GetBytes((i << 21) + ((63 - 15) << 24)), 0);
            lengths[i] = 1 / (f * f);
        }

        lengths[0] = lengths[255];
        return lengths;
    }

    /// <summary>
    /// A term's positions, article after article: an article's are read into an array, or skipped by counting the
    /// last bytes of their varints, so a phrase decodes only the articles that hold all its terms.
    /// </summary>
    internal sealed class PositionReader
    {
        private readonly byte[] _bytes;
        private int _at;

        internal PositionReader(byte[] bytes) => _bytes = bytes;

        public void Skip(int count)
        {
            while (count > 0)
            {
                count -= (_bytes[_at++] & 0x80) == 0 ? 1 : 0;
            }
        }

        /// <summary>The next article's <paramref name="count"/> positions, ascending, into <paramref name="positions"/>.</summary>
        public void Read(int count, int[] positions)
        {
            var position = -1;
            for (var i = 0; i < count; i++)
            {
                position += ReadVarint(_bytes, ref _at);
                positions[i] = position;
            }
        }
    }

    // UTF-8 bytes in code point order: the order of the entries.
    private static int Compare(byte[] left, byte[] right, int rightLength)
    {
        var shorter = left.Length < rightLength ? left.Length : rightLength;
        for (var i = 0; i < shorter; i++)
        {
            if (left[i] != right[i])
            {
                return left[i] < right[i] ? -1 : 1;
            }
        }

        return left.Length.CompareTo(rightLength);
    }

    private static int ReadFully(global::System.IO.Stream stream, byte[] buffer, int count)
    {
        var read = 0;
        while (read < count)
        {
            var got = stream.Read(buffer, read, count - read);
            if (got == 0)
            {
                break;
            }

            read += got;
        }

        return read;
    }

    private static int ReadInt(byte[] bytes, int at, int width)
    {
        var value = 0;
        for (var i = width - 1; i >= 0; i--)
        {
            value = (value << 8) | bytes[at + i];
        }

        return value;
    }

    private static long ReadLong(byte[] bytes, int at) => (uint)ReadInt(bytes, at, 4) | ((long)ReadInt(bytes, at + 4, 4) << 32);

    private static int ReadVarint(byte[] bytes, ref int at)
    {
        var (value, shift) = (0, 0);
        byte part;
        do
        {
            part = bytes[at++];
            value |= (part & 0x7F) << shift;
            shift += 7;
        }
        while ((part & 0x80) != 0);

        return value;
    }

#if CORPUSGEN_BUILD
    /// <summary>
    /// The bytes of the index of <paramref name="articles"/>: for each article, in article order, its terms. Terms
    /// are ordered by their UTF-8 bytes, which is code point order.
    /// </summary>
    /// <param name="maxPostingsBytes">The most bytes of postings the index may hold: its 4-byte offsets reach 2 GB.</param>
    /// <exception cref="global::System.OverflowException">The postings would take more than <paramref name="maxPostingsBytes"/>.</exception>
    public static byte[] Write(global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.IReadOnlyList<SearchTerm>> articles, int maxPostingsBytes = int.MaxValue)
    {
        var writer = new Writer();
        foreach (var terms in articles)
        {
            writer.Add(terms);
        }

        return writer.ToArray(maxPostingsBytes);
    }

    /// <summary>An index written article by article, so that a corpus's terms need not all be held at once.</summary>
    internal sealed class Writer
    {
        // Each term's postings as they come: terms are numbered in the order they first appear.
        private readonly global::System.Collections.Generic.Dictionary<string, int> _ids = new(global::System.StringComparer.Ordinal);
        private readonly global::System.Collections.Generic.List<TermPostings> _postings = new();
        private readonly global::System.Collections.Generic.List<int> _lengths = new();
        private long _total;

        /// <summary>Adds the next article, with its terms.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl((global::System.Runtime.CompilerServices.MethodImplOptions)512)]
        public void Add(global::System.Collections.Generic.IReadOnlyList<SearchTerm> terms)
        {
            var article = _lengths.Count;
            for (var i = 0; i < terms.Count; i++)
            {
                var term = terms[i];
                if (!_ids.TryGetValue(term.Text, out var id))
                {
                    _ids.Add(term.Text, id = _postings.Count);
                    _postings.Add(new TermPostings(term.Text));
                }

                _postings[id].Add(article, term.Position);
            }

            _lengths.Add(terms.Count);
            _total += terms.Count;
        }

        /// <summary>The index of the articles added; once, as it sorts the terms it holds.</summary>
        /// <exception cref="global::System.OverflowException">The postings would take more than <paramref name="maxPostingsBytes"/>.</exception>
        public byte[] ToArray(int maxPostingsBytes)
        {
            var (postings, lengths, total) = (_postings, _lengths, _total);
            postings.Sort((left, right) => Compare(left.Utf8, right.Utf8, right.Utf8.Length));
            const int width = 1;
            var termBytes = 0;
            foreach (var term in postings)
            {
                termBytes = checked(termBytes + term.Utf8.Length);
            }

            var bodies = new ByteWriter(1024);
            var docs = new ByteWriter(1024);
            var starts = new int[postings.Count + 1];
            for (var i = 0; i < postings.Count; i++)
            {
                starts[i] = bodies.Length;
                postings[i].Encode(bodies, docs);
                if (bodies.Length > maxPostingsBytes)
                {
                    throw new global::System.OverflowException($"The postings pass {maxPostingsBytes} bytes.");
                }
            }

            starts[postings.Count] = bodies.Length;
            var output = new ByteWriter(HeaderLength + (lengths.Count * width) + ((postings.Count + 1) * EntryLength) + termBytes + bodies.Length);
            output.Append((byte)'C');
            output.Append((byte)'G');
            output.Append((byte)'S');
            output.Append((byte)'1');
            output.AppendInt(lengths.Count, 4);
            output.AppendInt(postings.Count, 4);
            output.AppendInt(width, 4);
            output.AppendInt(termBytes, 4);
            output.AppendInt((int)(total & 0xFFFFFFFF), 4);
            output.AppendInt((int)(total >> 32), 4);
            foreach (var length in lengths)
            {
                output.Append(EncodeLength(length));
            }

            var termAt = 0;
            for (var i = 0; i < postings.Count; i++)
            {
                output.AppendInt(termAt, 4);
                output.AppendInt(starts[i], 4);
                output.AppendInt(postings[i].ArticleCount, 4);
                termAt += postings[i].Utf8.Length;
            }

            output.AppendInt(termAt, 4);
            output.AppendInt(starts[postings.Count], 4);
            output.AppendInt(0, 4);
            foreach (var term in postings)
            {
                output.Append(term.Utf8, term.Utf8.Length);
            }

            output.Append(bodies.Bytes, bodies.Length);
            return output.ToArray();
        }
    }

    /// <summary>A project's file of indexes: per corpus class, its name, the fingerprint of its articles and its index.</summary>
    public static byte[] WriteFile(global::System.Collections.Generic.IReadOnlyList<(string ClassName, ulong Fingerprint, byte[] Index)> indexes)
    {
        var directoryLength = 8L;
        foreach (var index in indexes)
        {
            directoryLength += 2 + global::System.Text.Encoding.UTF8.GetByteCount(index.ClassName) + 24;
        }

        var output = new ByteWriter((int)directoryLength);
        output.Append((byte)'C');
        output.Append((byte)'G');
        output.Append((byte)'S');
        output.Append((byte)'X');
        output.AppendInt(indexes.Count, 4);
        var start = directoryLength;
        foreach (var index in indexes)
        {
            var name = global::System.Text.Encoding.UTF8.GetBytes(index.ClassName);
            output.AppendInt(name.Length, 2);
            output.Append(name, name.Length);
            output.AppendLong((long)index.Fingerprint);
            output.AppendLong(start);
            output.AppendLong(index.Index.Length);
            start += index.Index.Length;
        }

        foreach (var index in indexes)
        {
            output.Append(index.Index, index.Index.Length);
        }

        return output.ToArray();
    }

    // Bytes appended to an array that doubles when full.
    private sealed class ByteWriter
    {
        public ByteWriter(int capacity) => Bytes = new byte[capacity < 16 ? 16 : capacity];

        public byte[] Bytes { get; private set; }

        public int Length { get; set; }

        public void Append(byte value)
        {
            if (Length == Bytes.Length)
            {
                Grow(1);
            }

            Bytes[Length++] = value;
        }

        public void Append(byte[] bytes, int count)
        {
            if (Length + count > Bytes.Length)
            {
                Grow(count);
            }

            global::System.Buffer.BlockCopy(bytes, 0, Bytes, Length, count);
            Length += count;
        }

        public void AppendInt(int value, int width)
        {
            for (var i = 0; i < width; i++)
            {
                Append((byte)(value >> (8 * i)));
            }
        }

        public void AppendLong(long value)
        {
            AppendInt((int)(value & 0xFFFFFFFF), 4);
            AppendInt((int)(value >> 32), 4);
        }

        public void AppendVarint(int value)
        {
            var remaining = (uint)value;
            while (remaining >= 0x80)
            {
                Append((byte)(remaining | 0x80));
                remaining >>= 7;
            }

            Append((byte)remaining);
        }

        public byte[] ToArray()
        {
            var bytes = new byte[Length];
            global::System.Buffer.BlockCopy(Bytes, 0, bytes, 0, Length);
            return bytes;
        }

        private void Grow(int needed)
        {
            var size = (long)Bytes.Length * 2;
            while (size < (long)Length + needed)
            {
                size *= 2;
            }

            if (size > int.MaxValue)
            {
                size = int.MaxValue;
                if ((long)Length + needed > size)
                {
                    throw new global::System.OverflowException("An index passes 2 GB.");
                }
            }

            var bytes = new byte[size];
            global::System.Buffer.BlockCopy(Bytes, 0, bytes, 0, Length);
            Bytes = bytes;
        }
    }

    // One term's articles and positions as the writer collects them, articles in order, in arrays that double.
    private sealed class TermPostings
    {
        private int[] _articles = new int[4];
        private int[] _frequencies = new int[4];
        private int[] _positions = new int[4];
        private int _positionCount;

        public TermPostings(string term) => Utf8 = global::System.Text.Encoding.UTF8.GetBytes(term);

        public byte[] Utf8 { get; }

        public int ArticleCount { get; private set; }

        public void Add(int article, int position)
        {
            if (ArticleCount == 0 || _articles[ArticleCount - 1] != article)
            {
                if (ArticleCount == _articles.Length)
                {
                    global::System.Array.Resize(ref _articles, _articles.Length * 2);
                    global::System.Array.Resize(ref _frequencies, _frequencies.Length * 2);
                }

                _articles[ArticleCount] = article;
                _frequencies[ArticleCount++] = 0;
            }

            _frequencies[ArticleCount - 1]++;
            if (_positionCount == _positions.Length)
            {
                global::System.Array.Resize(ref _positions, _positions.Length * 2);
            }

            _positions[_positionCount++] = position;
        }

        // The article list's length, the list, the positions; docs is scratch for the list.
        [global::System.Runtime.CompilerServices.MethodImpl((global::System.Runtime.CompilerServices.MethodImplOptions)512)]
        public void Encode(ByteWriter output, ByteWriter docs)
        {
            docs.Length = 0;
            var previous = -1;
            for (var i = 0; i < ArticleCount; i++)
            {
                docs.AppendVarint(_articles[i] - previous);
                docs.AppendVarint(_frequencies[i]);
                previous = _articles[i];
            }

            output.AppendVarint(docs.Length);
            output.Append(docs.Bytes, docs.Length);
            var at = 0;
            for (var i = 0; i < ArticleCount; i++)
            {
                var position = -1;
                for (var j = 0; j < _frequencies[i]; j++, at++)
                {
                    output.AppendVarint(_positions[at] - position);
                    position = _positions[at];
                }
            }
        }
    }
#endif
}
