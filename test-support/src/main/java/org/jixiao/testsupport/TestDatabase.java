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

    /** Drops and re-creates {@code name}, so every test run starts from an empty schema. */
    public static String recreate(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a safe database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + host()
                    + " as " + user() + " (run deploy/local/postgres.sh first)", e);
        }
        return jdbcUrl(name);
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
