package dk.refleksionsbog.core.storage.sqlite;

import java.sql.SQLException;

@FunctionalInterface
interface RowMapper<T> {
    T map(Row row) throws SQLException;
}
