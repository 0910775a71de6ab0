package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.storage.DateText;
import dk.refleksionsbog.core.storage.InstantText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** Typed, null-aware reads from the current row of a result set. */
final class Row {
    private final ResultSet resultSet;

    Row(ResultSet resultSet) {
        this.resultSet = resultSet;
    }

    String string(int columnIndex) throws SQLException {
        return resultSet.getString(columnIndex);
    }

    String string(String column) throws SQLException {
        return resultSet.getString(column);
    }

    UUID uuid(String column) throws SQLException {
        String value = resultSet.getString(column);
        return value == null ? null : UUID.fromString(value);
    }

    Instant instant(String column) throws SQLException {
        String value = resultSet.getString(column);
        return value == null ? null : InstantText.parse(value);
    }

    LocalDate date(String column) throws SQLException {
        String value = resultSet.getString(column);
        return value == null ? null : DateText.parse(value);
    }

    LocalTime time(String column) throws SQLException {
        String value = resultSet.getString(column);
        return value == null ? null : LocalTime.parse(value);
    }

    Integer integer(String column) throws SQLException {
        int value = resultSet.getInt(column);
        return resultSet.wasNull() ? null : value;
    }

    long longValue(String column) throws SQLException {
        return resultSet.getLong(column);
    }

    double doubleValue(String column) throws SQLException {
        return resultSet.getDouble(column);
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String column) throws SQLException {
        String value = resultSet.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }
}
