using System.Text;
using GraphBuilder.Graph;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GraphBuilder.Stores.Embedded;

/// <summary>
/// Runs one statement over a known number of rows, several rows per execution (a multi-row VALUES
/// list or an IN list). Values are bound by position, as UTF-8, through SQLite's own API: ADO.NET's
/// per-value name lookup and string conversions cost more than SQLite's insert at bulk sizes.
/// Each statement shape is prepared once; the last, shorter batch gets its own.
/// </summary>
internal sealed class BatchedStatement : IDisposable
{
    private const int SqliteDone = 101;
    private const uint PreparePersistent = 1;

    private readonly sqlite3 _db;
    private readonly Func<int, string> _sql;
    private readonly int _rowsPerBatch;
    private readonly int _rows;
    private sqlite3_stmt? _full;
    private sqlite3_stmt? _current;
    private int _rowsInBatch, _rowsBound, _rowsDone, _parameter;
    private byte[] _scratch = new byte[256];

    /// <param name="sql">The statement text for a batch of the given number of rows, with one <c>?</c> per value.</param>
    public BatchedStatement(SqliteConnection connection, int rows, int rowsPerBatch, Func<int, string> sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        (_rows, _rowsPerBatch, _sql) = (rows, rowsPerBatch, sql);
    }

    /// <summary>Binds and runs every row; <paramref name="bind"/> binds one row's values in column order.</summary>
    public void Run<T>(IEnumerable<T> rows, Action<BatchedStatement, T> bind, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            StartRow();
            bind(this, row);
            EndRow();
        }
        if (_rowsDone != _rows || _rowsBound != 0)
            throw new InvalidOperationException($"expected {_rows} rows, got {_rowsDone + _rowsBound}");
    }

    public void Text(string value)
    {
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_scratch.Length < max) _scratch = new byte[Math.Max(max, _scratch.Length * 2)];
        Utf8(_scratch.AsSpan(0, Encoding.UTF8.GetBytes(value, _scratch)));
    }

    /// <summary>Binds UTF-8 text; SQLite copies it, so the span may be reused as soon as this returns.</summary>
    public void Utf8(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            // An empty span would be bound as a null pointer, which SQLite reads as NULL, not ''.
            Check(raw.sqlite3_bind_text(_current, _parameter++, ""));
            return;
        }
        Check(raw.sqlite3_bind_text(_current, _parameter++, value));
    }

    private void StartRow()
    {
        if (_rowsBound > 0) return;
        _rowsInBatch = Math.Min(_rowsPerBatch, _rows - _rowsDone);
        if (_rowsInBatch <= 0) throw new InvalidOperationException($"expected {_rows} rows, got more");
        _current = _rowsInBatch == _rowsPerBatch ? _full ??= Prepare(_rowsPerBatch) : Prepare(_rowsInBatch);
        _parameter = 1;
    }

    private void EndRow()
    {
        if (++_rowsBound < _rowsInBatch) return;
        var rc = raw.sqlite3_step(_current);
        if (rc != SqliteDone) SqliteException.ThrowExceptionForRC(rc, _db);
        raw.sqlite3_reset(_current);
        if (_current != _full) _current!.Dispose();
        _current = null;
        PipelineMetrics.StoreRowsWritten.Add(_rowsInBatch);
        _rowsDone += _rowsInBatch;
        _rowsBound = 0;
    }

    private sqlite3_stmt Prepare(int rows)
    {
        Check(raw.sqlite3_prepare_v3(_db, _sql(rows), PreparePersistent, out var statement));
        return statement;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Dispose()
    {
        if (_current is not null && _current != _full) _current.Dispose();
        _full?.Dispose();
    }

    /// <summary><c>(?, ?, ?), (?, ?, ?)</c>: a VALUES list of <paramref name="rows"/> rows of <paramref name="columns"/> values.</summary>
    public static string Values(int rows, int columns)
    {
        var row = "(" + string.Join(", ", Enumerable.Repeat("?", columns)) + ")";
        return string.Join(", ", Enumerable.Repeat(row, rows));
    }

    /// <summary><c>?, ?, ?</c>: <paramref name="count"/> placeholders for an IN list.</summary>
    public static string Placeholders(int count) => string.Join(", ", Enumerable.Repeat("?", count));
}
