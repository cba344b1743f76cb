using GraphBuilder.Files;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Stores.Embedded;

/// <summary>
/// Opens the store file and checks it is a GraphBuilder database of a version this build
/// understands, before anything is written. A foreign or newer file is refused untouched.
/// </summary>
internal sealed class SqliteStoreFile(string path)
{
    /// <summary>"GRBD": marks the file as a GraphBuilder store (<c>PRAGMA application_id</c>).</summary>
    public const int ApplicationId = 0x47524244;

    /// <summary>The store layout this build writes (<c>PRAGMA user_version</c>).</summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// The lookup indexes (not the primary keys): a large write drops and re-creates them inside its
    /// transaction, since building an index by sorting is far cheaper than inserting row by row.
    /// </summary>
    internal static readonly (string Name, string Create)[] SecondaryIndexes =
    [
        ("relationships_start", "CREATE INDEX relationships_start ON relationships(start_id)"),
        ("relationships_end", "CREATE INDEX relationships_end ON relationships(end_id)"),
        ("relationships_type", "CREATE INDEX relationships_type ON relationships(type)"),
        ("node_names_name", "CREATE INDEX node_names_name ON node_names(name)"),
        ("node_names_node", "CREATE INDEX node_names_node ON node_names(node_id)"),
    ];

    private static readonly string[] CreateSchema =
    [
        "CREATE TABLE nodes (id TEXT PRIMARY KEY, label TEXT NOT NULL, hash TEXT NOT NULL, properties TEXT NOT NULL)",
        """
        CREATE TABLE relationships (id TEXT PRIMARY KEY, type TEXT NOT NULL,
            start_id TEXT NOT NULL REFERENCES nodes(id) DEFERRABLE INITIALLY DEFERRED,
            end_id TEXT NOT NULL REFERENCES nodes(id) DEFERRABLE INITIALLY DEFERRED,
            hash TEXT NOT NULL, properties TEXT NOT NULL, sources TEXT NOT NULL)
        """,
        "CREATE TABLE node_names (node_id TEXT NOT NULL REFERENCES nodes(id) DEFERRABLE INITIALLY DEFERRED, name TEXT NOT NULL COLLATE NOCASE)",
        .. SecondaryIndexes.Select(i => i.Create),
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "INSERT INTO meta (key, value) VALUES ('generation', '0')",
        $"PRAGMA application_id = {ApplicationId}",
        $"PRAGMA user_version = {SchemaVersion}",
    ];

    /// <summary>
    /// Page size of a new store file (an existing file keeps its own). Larger pages than SQLite's 4 KiB
    /// mean fewer page splits and less per-page work for rows of ~0.5 KiB; the format is the same.
    /// </summary>
    public const int NewFilePageSize = 16384;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>
    /// True when the path holds a store to read (a non-empty file); false when it is absent or an empty file
    /// (which a sync makes a store). A folder, device, pipe or socket is refused here, before SQLite opens it
    /// and creates a journal beside it.
    /// </summary>
    public bool Exists => RefuseNonFile() != FileKind.Missing && new FileInfo(Path).Length > 0;

    private FileKind RefuseNonFile() => FileKinds.Of(Path, followLinks: true) switch
    {
        FileKind.Directory => throw new StoreException($"{Path} is a folder, not a store file; choose a file with --db"),
        FileKind.Special => throw new StoreException($"{Path} is not a regular file (a device, pipe or socket); the store is a file: choose one with --db"),
        var kind => kind,
    };

    /// <summary>Why there is no store to read at the path (call when <see cref="Exists"/> is false).</summary>
    public string Absence(string description) => File.Exists(Path)
        ? $"{description} is an empty file, not a store yet; run 'graphbuilder sync' first"
        : $"{description} does not exist yet; run 'graphbuilder sync' first";

    /// <summary>SQLITE_READONLY_ROLLBACK: a read-only connection found a hot journal it may not roll back.</summary>
    private const int ReadOnlyRollback = 776;

    /// <summary>Opens an existing store for reading.</summary>
    public SqliteConnection OpenForRead()
    {
        try
        {
            return OpenVerifiedForRead();
        }
        catch (StoreException ex) when (ex.InnerException is SqliteException { SqliteExtendedErrorCode: ReadOnlyRollback })
        {
            // A sync killed mid-write left a hot journal; only a read-write connection can roll it back
            // (restoring the old graph). Without this every later read, and so every sync, failed as "read-only".
            using (var writer = Open(SqliteOpenMode.ReadWrite))
                Verify(writer, allowEmpty: false);
            return OpenVerifiedForRead();
        }
    }

    private SqliteConnection OpenVerifiedForRead()
    {
        RefuseNonFile();
        var connection = Open(SqliteOpenMode.ReadOnly);
        Verify(connection, allowEmpty: false);
        return connection;
    }

    /// <summary>Opens (creating if needed) the store for writing; the caller's write transaction lays out the tables (<see cref="EnsureSchema"/>).</summary>
    public SqliteConnection OpenForWrite()
    {
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (directory is not null && !Directory.Exists(directory))
            throw new StoreException($"cannot create the store {Path}: folder {directory} does not exist");
        RefuseNonFile();
        var connection = Open(SqliteOpenMode.ReadWriteCreate);
        if (Verify(connection, allowEmpty: true)) Execute(connection, $"PRAGMA page_size = {NewFilePageSize}");
        return connection;
    }

    /// <summary>
    /// Lays out the tables when the file has none, inside the caller's write transaction: another writer that found the
    /// file empty too waits for the write lock and then sees the tables, so two first syncs never both create them.
    /// </summary>
    public static void EnsureSchema(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var count = connection.CreateCommand();
        count.Transaction = transaction;
        count.CommandText = "SELECT count(*) FROM sqlite_master";
        if (Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0) return;
        foreach (var statement in CreateSchema) Execute(connection, statement, transaction);
    }

    private SqliteConnection Open(SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Mode = mode, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA foreign_keys = ON");
            return connection;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw Translate(ex, Path);
        }
    }

    /// <summary>True when the file is empty and needs the schema; throws when it is not ours or too new.</summary>
    private bool Verify(SqliteConnection connection, bool allowEmpty)
    {
        try
        {
            var applicationId = Convert.ToInt32(Scalar(connection, "PRAGMA application_id"));
            var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"));
            var tables = Convert.ToInt32(Scalar(connection, "SELECT count(*) FROM sqlite_master"));
            if (applicationId == 0 && version == 0 && tables == 0)
                return allowEmpty ? true : throw new StoreException($"{Path} is an empty database; run 'graphbuilder sync' first");
            if (applicationId != ApplicationId)
                throw new StoreException($"{Path} is not a GraphBuilder store (it is some other SQLite database); it was left untouched. Choose another path with --db");
            if (version > SchemaVersion)
                throw new StoreException($"{Path} was written by a newer GraphBuilder (store version {version}; this build reads up to {SchemaVersion}); it was left untouched");
            return false;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw Translate(ex, Path);
        }
    }

    public static StoreException Translate(SqliteException ex, string path) => ex.SqliteErrorCode switch
    {
        26 => new StoreException($"{path} is not a GraphBuilder store (not a SQLite database); it was left untouched. Choose another path with --db", false, ex),
        8 => new StoreException($"{path} is read-only; GraphBuilder cannot write to it", false, ex),
        5 or 6 => new StoreException($"{path} is locked by another process; try again", true, ex),
        14 => new StoreException($"cannot open {path}: {ex.Message}", false, ex),
        11 => new StoreException($"{path} is damaged (SQLite: the database file is malformed); it was left untouched. Everything in it comes from the seeds: " +
                                 "'graphbuilder sync --db NEW-FILE' (or deleting it and syncing) rebuilds it", false, ex),
        _ => new StoreException($"SQLite store {path}: {ex.Message}", false, ex),
    };

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
