package io.hyperdesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One numbered step of the store's schema. {@link MigrationRunner} applies the steps a database
 * lacks, in order, each in its own transaction together with its {@code schema_version} row, so a
 * step is either wholly there or not at all.
 */
interface Migration {

    /** 1, 2, 3 …: the schema version this step produces. */
    int version();

    /** A few words for {@code schema_version.description} and messages. */
    String description();

    /** Changes the schema; called inside the runner's transaction, must not commit. */
    void apply(Connection connection) throws SQLException;
}
