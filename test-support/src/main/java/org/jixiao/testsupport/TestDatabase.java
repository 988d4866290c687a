package org.jixiao.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh PostgreSQL database per test JVM on the real server (127.0.0.1:5432 unless DB_HOST/DB_PORT say
 * otherwise), created through the application role, which the bootstrap script gives CREATEDB.
 */
public final class TestDatabase {
    private TestDatabase() {
    }

    public static String host() {
        return env("DB_HOST", "127.0.0.1") + ":" + env("DB_PORT", "5432");
    }

    public static String user() {
        return env("DB_USER", "jixiao");
    }

    public static String password() {
        return env("DB_PASSWORD", "jixiao");
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + "/" + database;
    }

    /**
     * A fresh, empty database for this JVM: {@code name} plus the process id, so that test runs in parallel (two
     * modules, or a developer beside CI) never drop each other's data. Dropped again when the JVM exits.
     */
    public static String recreate(String name) {
        String database = name + "_" + ProcessHandle.current().pid();
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a safe database name: " + database);
        }
        execute("drop database if exists " + database + " with (force)");
        execute("create database " + database);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute("drop database if exists " + database + " with (force)");
            } catch (IllegalStateException e) {
                // the server went away first; nothing left to clean
            }
        }));
        return jdbcUrl(database);
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + host() + " as " + user()
                    + " (run deploy/local/postgres.sh first)", e);
        }
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
