using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace CorpusGen.Model;

/// <summary>An immutable array compared by its elements, so pipeline steps holding it cache by value.</summary>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    private readonly T[]? _items;

    public EquatableArray(T[] items) => _items = items;

    public static EquatableArray<T> Empty => new(Array.Empty<T>());

    public int Count => _items?.Length ?? 0;

    public T this[int index] => _items![index];

    // The same array is the common case: a cached pipeline step hands back the instance it made before.
    public bool Equals(EquatableArray<T> other) =>
        ReferenceEquals(_items, other._items)
        || EquatableArray.SequenceEqual<T, T[]>(_items ?? Array.Empty<T>(), other._items ?? Array.Empty<T>());

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in _items ?? Array.Empty<T>())
        {
            hash = unchecked((hash * 31) + (item?.GetHashCode() ?? 0));
        }

        return hash;
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
}

public static class EquatableArray
{
    /// <summary>
    /// Element by element. Collected pipeline values are mostly the very objects of the previous pass, so an element
    /// is first compared by reference, which does not touch the object itself: comparing a long corpus then costs
    /// no cache misses.
    /// </summary>
    public static bool SequenceEqual<T, TList>(TList left, TList right)
        where T : IEquatable<T>
        where TList : IReadOnlyList<T>
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            var (leftItem, rightItem) = (left[i], right[i]);
            if (default(T) is null && ReferenceEquals(leftItem, rightItem))
            {
                continue;
            }

            if (!EqualityComparer<T>.Default.Equals(leftItem, rightItem))
            {
                return false;
            }
        }

        return true;
    }

    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
        where T : IEquatable<T> => new(items as T[] ?? items.ToArray());
}
