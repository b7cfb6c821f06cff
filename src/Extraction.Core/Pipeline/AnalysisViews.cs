using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Extraction.Pipeline;

/// <summary>Views derived once per document and shared by every check and the rule engine (the passages with their
/// quantities, the tables' totals): a check reads the view instead of rescanning the document. Keyed by the view's type
/// and the object it was derived from, so a context copied with another document never sees a stale view.</summary>
public sealed class AnalysisViews
{
    private readonly ConcurrentDictionary<(Type, object), object> _views = new(new KeyComparer());

    public T Get<T>(object source, Func<T> build)
        where T : class =>
        (T)_views.GetOrAdd((typeof(T), source), _ => build());

    /// <summary>Sources compare by reference: two equal documents are still two documents.</summary>
    private sealed class KeyComparer : IEqualityComparer<(Type, object)>
    {
        public bool Equals((Type, object) x, (Type, object) y) => x.Item1 == y.Item1 && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((Type, object) obj) => HashCode.Combine(obj.Item1, RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
