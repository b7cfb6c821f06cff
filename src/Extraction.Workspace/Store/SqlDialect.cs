using System.Data.Common;

namespace Extraction.Workspace.Store;

/// <summary>What differs between SQLite and PostgreSQL for the workspace tables: connections, how the schema is
/// brought up to date and how times are stored.</summary>
internal abstract class SqlDialect
{
    public abstract DbConnection Open();

    /// <summary>Creates or migrates the workspace tables (idempotent).</summary>
    public abstract void Migrate(DbConnection connection);

    public abstract object Time(DateTime utc);

    public abstract DateTime ReadTime(DbDataReader reader, int ordinal);
}
