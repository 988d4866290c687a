package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/** Shared set-up of the REST tests: units with unique codes, exact number reading, row counts. */
final class Fixtures {
    private Fixtures() {
    }

    static void readNumbersExactly() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static String registerUnit(String regionCode) {
        String code = "U" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body("""
                        {"unitCode":"%s","name":"测试单位","type":"SUB_DISTRICT_OFFICE","regionCode":"%s"}
                        """.formatted(code, regionCode))
                .when().post("/api/v1/units").then().statusCode(201);
        return code;
    }

    static long count(DataSource db, String sql) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of every table a push writes, to prove that a refused push wrote nothing. */
    static long[] writtenRows(DataSource db) {
        return new long[] {count(db, "select count(*) from budget"), count(db, "select count(*) from budget_history"),
                count(db, "select count(*) from outbox_message"), count(db, "select count(*) from budget_import_request")};
    }
}
