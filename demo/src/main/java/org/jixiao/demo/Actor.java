package org.jixiao.demo;

/**
 * Who makes a call: a role of the security model (finance-admin, evaluator, district-system, unit-reporter, viewer),
 * the GB/T 2260 region prefix the caller acts in, and for unit reporters the unit they belong to.
 *
 * @param role     role name as the tokens carry it in {@code groups}
 * @param region   region prefix the caller may see and change
 * @param unitCode the reporter's unit; null for every other role
 */
public record Actor(String role, String region, String unitCode) {
    public static final String FINANCE_ADMIN = "finance-admin";
    public static final String EVALUATOR = "evaluator";
    public static final String DISTRICT_SYSTEM = "district-system";
    public static final String UNIT_REPORTER = "unit-reporter";

    public Actor {
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("an actor needs a role");
        }
    }

    /** The county (6 digits) that holds a unit's region: where its finance bureau and district system act. */
    static String county(String regionCode) {
        return regionCode.length() > 6 ? regionCode.substring(0, 6) : regionCode;
    }

    /** Cache key and log label. */
    String label() {
        return role + "@" + region + (unitCode == null ? "" : "/" + unitCode);
    }
}
