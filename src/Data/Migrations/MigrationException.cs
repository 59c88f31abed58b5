namespace GraphApi.Data.Migrations;

/// <summary>The database could not be migrated; the message says which migration and why.</summary>
public sealed class MigrationException(string message, Exception? innerException = null) : Exception(message, innerException);
