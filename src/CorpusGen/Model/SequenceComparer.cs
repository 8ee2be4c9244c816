using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace CorpusGen.Model;

/// <summary>
/// Compares collected arrays by their elements. <c>Collect()</c> makes a new array whenever any input changed;
/// with this comparer a collection that holds equal items still counts as unchanged, so steps after it stay cached.
/// </summary>
public sealed class SequenceComparer<T> : IEqualityComparer<ImmutableArray<T>>
    where T : IEquatable<T>
{
    public static readonly SequenceComparer<T> Instance = new();

    public bool Equals(ImmutableArray<T> left, ImmutableArray<T> right) => EquatableArray.SequenceEqual<T, ImmutableArray<T>>(left, right);

    public int GetHashCode(ImmutableArray<T> items) => items.Length;
}
