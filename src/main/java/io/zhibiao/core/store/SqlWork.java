package io.zhibiao.core.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work run on a connection the store lends for its duration. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
