package org.jixiao.testsupport;

/**
 * Who calls in a role matrix ({@link RoleMatrix}): every role but the unit reporter acts for {@code region}, an
 * evaluator for the agency {@code evaluatorAgency} (its {@code unit} claim), and the unit reporter for
 * {@code reporterUnit} in {@code reporterRegion}.
 */
public record MatrixCallers(String region, String evaluatorAgency, String reporterRegion, String reporterUnit) {

    /** A valid token of {@code role} as this matrix's caller of that role. */
    public String token(String role) {
        if (role.equals(Tokens.UNIT_REPORTER)) {
            return Tokens.of(role, reporterRegion, reporterUnit);
        }
        return Tokens.of(role, region, role.equals(Tokens.EVALUATOR) ? evaluatorAgency : null);
    }
}
