namespace Tarikh.Core.Entities.Clustering;

/// <summary>
/// The groups filed under one key of the clusterer's indexes: the first held inline, a list made from the second on
/// (most keys name one group: a <see cref="List{T}"/> and its array per key before). Kept by value in the index's
/// table and changed through a reference to the slot.
/// </summary>
internal struct GroupBucket
{
    private int _first;
    private List<int>? _all;

    /// <summary>How many groups are filed.</summary>
    public readonly int Count => _all?.Count ?? (_first > 0 ? 1 : 0);

    /// <summary>The <paramref name="i"/>-th group filed.</summary>
    public readonly int this[int i] => _all is not null ? _all[i] : _first - 1;

    /// <summary>Files a group at the end.</summary>
    public void Add(int group)
    {
        if (_all is not null)
        {
            _all.Add(group);
        }
        else if (_first == 0)
        {
            _first = group + 1;
        }
        else
        {
            _all = [_first - 1, group];
        }
    }

    /// <summary>Files a group keeping the groups ascending (where <see cref="List{T}.BinarySearch(T)"/> would put it).</summary>
    public void Insert(int group)
    {
        if (_all is null && _first == 0)
        {
            _first = group + 1;
            return;
        }

        _all ??= [_first - 1];
        var at = _all.BinarySearch(group);
        _all.Insert(at < 0 ? ~at : at, group);
    }
}
