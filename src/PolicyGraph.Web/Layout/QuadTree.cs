namespace PolicyGraph.Web.Layout;

/// <summary>
/// A Barnes–Hut quadtree over node positions, rebuilt every step of <see cref="ForceLayout"/>: a distant square of
/// nodes pushes as one body at its centre of mass, so repulsion costs about n log n instead of n².
/// Cells live in flat arrays that are reused between builds.
/// </summary>
internal sealed class QuadTree(int capacity)
{
    // Past this depth coinciding nodes share a cell instead of splitting it for ever.
    private const int MaxDepth = 48;
    private const int Empty = -1;
    private const int Internal = -2;

    private int[] _children = new int[16 * Math.Max(1, capacity)];
    private double[] _mass = new double[4 * Math.Max(1, capacity)];
    private double[] _sumX = new double[4 * Math.Max(1, capacity)];
    private double[] _sumY = new double[4 * Math.Max(1, capacity)];
    private double[] _left = new double[4 * Math.Max(1, capacity)];
    private double[] _top = new double[4 * Math.Max(1, capacity)];
    private double[] _size = new double[4 * Math.Max(1, capacity)];
    private int[] _body = new int[4 * Math.Max(1, capacity)];
    private int[] _pending = new int[256];
    private double[] _x = [];
    private double[] _y = [];
    private int _count;

    public void Build(double[] x, double[] y)
    {
        (_x, _y) = (x, y);
        var (minX, minY, maxX, maxY) = (x.Min(), y.Min(), x.Max(), y.Max());
        _count = 0;
        NewCell(minX, minY, Math.Max(Math.Max(maxX - minX, maxY - minY), 1) * 1.0001);
        for (var i = 0; i < x.Length; i++)
            Insert(i);
    }

    /// <summary>Σ (pᵢ − q) / |pᵢ − q|² over the other nodes q (cells far enough count as one): multiply by k².</summary>
    public (double X, double Y) Repulsion(int node, double px, double py, double theta)
    {
        double rx = 0, ry = 0;
        var depth = 0;
        _pending[depth++] = 0;
        while (depth > 0)
        {
            var cell = _pending[--depth];
            if (_mass[cell] == 0 || _body[cell] == node)
                continue;
            var (cx, cy) = (_sumX[cell] / _mass[cell], _sumY[cell] / _mass[cell]);
            var (dx, dy) = (px - cx, py - cy);
            var distance2 = dx * dx + dy * dy;
            if (_body[cell] != Internal || _size[cell] * _size[cell] < theta * theta * distance2)
            {
                // Coinciding nodes push apart along a direction fixed by their indices, not not at all.
                if (distance2 < 1e-6)
                    (dx, dy, distance2) = (Math.Cos(node), Math.Sin(node), 1);
                rx += _mass[cell] * dx / distance2;
                ry += _mass[cell] * dy / distance2;
                continue;
            }
            if (depth + 4 > _pending.Length)
                Array.Resize(ref _pending, 2 * _pending.Length);
            for (var q = 4 * cell; q < 4 * cell + 4; q++)
            {
                if (_children[q] != Empty)
                    _pending[depth++] = _children[q];
            }
        }
        return (rx, ry);
    }

    private void Insert(int node)
    {
        var cell = 0;
        for (var depth = 0; ; depth++)
        {
            _mass[cell] += 1;
            _sumX[cell] += _x[node];
            _sumY[cell] += _y[node];
            if (_body[cell] == Empty && _mass[cell] == 1)
            {
                _body[cell] = node;
                return;
            }
            if (depth >= MaxDepth)
            {
                _body[cell] = Internal; // an aggregate of coinciding nodes: it repels them from each other's neighbours
                return;
            }
            if (_body[cell] >= 0)
            {
                var resident = _body[cell];
                _body[cell] = Internal;
                var child = ChildFor(cell, resident);
                _mass[child] += 1;
                _sumX[child] += _x[resident];
                _sumY[child] += _y[resident];
                _body[child] = resident;
            }
            cell = ChildFor(cell, node);
        }
    }

    private int ChildFor(int cell, int node)
    {
        var half = _size[cell] / 2;
        var east = _x[node] >= _left[cell] + half ? 1 : 0;
        var south = _y[node] >= _top[cell] + half ? 1 : 0;
        var slot = 4 * cell + east + 2 * south;
        if (_children[slot] == Empty)
        {
            var child = NewCell(_left[cell] + east * half, _top[cell] + south * half, half);
            _children[slot] = child;
        }
        return _children[slot];
    }

    private int NewCell(double left, double top, double size)
    {
        if (_count == _mass.Length)
            Grow();
        var cell = _count++;
        (_mass[cell], _sumX[cell], _sumY[cell], _body[cell]) = (0, 0, 0, Empty);
        (_left[cell], _top[cell], _size[cell]) = (left, top, size);
        Array.Fill(_children, Empty, 4 * cell, 4);
        return cell;
    }

    private void Grow()
    {
        var length = _mass.Length * 2;
        Array.Resize(ref _children, 4 * length);
        Array.Resize(ref _mass, length);
        Array.Resize(ref _sumX, length);
        Array.Resize(ref _sumY, length);
        Array.Resize(ref _left, length);
        Array.Resize(ref _top, length);
        Array.Resize(ref _size, length);
        Array.Resize(ref _body, length);
    }
}
