package dk.refleksionsbog.core.storage.sqlite;

import java.sql.SQLException;

@FunctionalInterface
interface SqlWork<T> {
    T run() throws SQLException;
}
