package org.jixiao.commons.security;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void regionIsAPrefixOfCodes() {
        Caller chaoyang = Caller.of("a", Set.of(Roles.VIEWER), "110105", null);
        assertTrue(chaoyang.canSee("110105"));
        assertTrue(chaoyang.canSee("110105001"));
        assertFalse(chaoyang.canSee("110106"));
        assertFalse(chaoyang.canSee("1101"), "the city is wider than the district");
        assertFalse(chaoyang.canSee(null));
    }

    @Test
    void withoutAUsableRegionNothingIsVisible() {
        for (String region : new String[] {null, "", " ", "1", "11a", "*", "1101%", "1234567890123"}) {
            Caller caller = Caller.of("a", Set.of(Roles.VIEWER), region, null);
            assertEquals(Optional.empty(), caller.region(), "region " + region);
            assertFalse(caller.canSee("110105001"), "region " + region);
            assertFalse(caller.canSee(""), "region " + region);
        }
    }

    @Test
    void rolesAndUnit() {
        Caller reporter = Caller.of("r", Set.of(Roles.UNIT_REPORTER), "110105", "110105001");
        assertTrue(reporter.hasRole(Roles.UNIT_REPORTER));
        assertTrue(reporter.hasAnyRole(Roles.FINANCE_ADMIN, Roles.UNIT_REPORTER));
        assertFalse(reporter.hasAnyRole(Roles.FINANCE_ADMIN, Roles.EVALUATOR));
        assertTrue(reporter.isOwnUnit("110105001"));
        assertFalse(reporter.isOwnUnit("110105002"));
        assertFalse(Caller.of("v", Set.of(Roles.VIEWER), "11", null).isOwnUnit("110105001"));
        assertTrue(Caller.ANONYMOUS.isAnonymous());
        assertFalse(Caller.ANONYMOUS.canSee("11"));
    }

    @Test
    void referenceDataOfEnclosingRegionsIsUsable() {
        Caller district = Caller.of("a", Set.of(Roles.VIEWER), "110105", null);
        assertTrue(district.canUse(null), "national");
        assertTrue(district.canUse("11"));
        assertTrue(district.canUse("1101"));
        assertTrue(district.canUse("110105"));
        assertTrue(district.canUse("110105001"));
        assertFalse(district.canUse("1102"));
        assertFalse(district.canUse("12"));
        assertFalse(Caller.of("a", Set.of(Roles.VIEWER), null, null).canUse(null), "no region, nothing");
    }

    @Test
    void referenceDataIsChangedOnlyInsideTheCallersRegionAndNationalDataOnlyByNationalCallers() {
        Caller city = Caller.of("a", Set.of(Roles.FINANCE_ADMIN), "1101", null);
        assertTrue(city.canWrite("1101"));
        assertTrue(city.canWrite("110105"));
        assertFalse(city.canWrite("11"), "the province's data is used, not changed");
        assertFalse(city.canWrite(null), "national data");
        assertFalse(city.canWrite("1102"));
        Caller national = Caller.of("a", Set.of(Roles.FINANCE_ADMIN), Caller.NATIONAL, null);
        assertTrue(national.canWrite(null));
        assertTrue(national.canWrite("11"));
        assertFalse(Caller.of("a", Set.of(Roles.FINANCE_ADMIN), null, null).canWrite(null), "no region, nothing");
    }

    @Test
    void canSeeIsExactlyStartsWithForDigitRegions() {
        Random random = new Random(1);
        for (int i = 0; i < 1_000; i++) {
            String region = digits(random, 2 + random.nextInt(5));
            String code = random.nextBoolean() ? region + digits(random, random.nextInt(6)) : digits(random, 2 + random.nextInt(10));
            Caller caller = Caller.of("x", Set.of(Roles.VIEWER), region, null);
            assertEquals(code.startsWith(region), caller.canSee(code), region + " / " + code);
        }
    }

    private static String digits(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    @Test
    void evaluationsAreReadByTheRegionsBureauTheAssignedAgencyAndTheUnitItself() {
        Caller admin = Caller.of("a", Set.of(Roles.FINANCE_ADMIN), "6202", null);
        Caller agency = Caller.of("e", Set.of(Roles.EVALUATOR), "6202", "GS-JYT");
        Caller otherAgency = Caller.of("e", Set.of(Roles.EVALUATOR), "6202", "OTHER");
        Caller reporter = Caller.of("u", Set.of(Roles.UNIT_REPORTER), "620201", "U1");
        Caller district = Caller.of("d", Set.of(Roles.DISTRICT_SYSTEM), "6202", null);

        assertTrue(admin.canReadEvaluation("620201001", "GS-JYT", "U1"));
        assertFalse(admin.canReadEvaluation("110105001", "GS-JYT", "U1"), "outside the region");
        assertTrue(agency.canReadEvaluation("620201001", "GS-JYT", "U1"));
        assertFalse(otherAgency.canReadEvaluation("620201001", "GS-JYT", "U1"));
        assertFalse(agency.canReadEvaluation("620201001", null, "U1"), "not assigned to any agency");
        assertTrue(reporter.canReadEvaluation("620201001", "GS-JYT", "U1"));
        assertFalse(reporter.canReadEvaluation("620201001", "GS-JYT", "U2"));
        assertFalse(district.canReadEvaluation("620201001", "GS-JYT", "U1"), "no role that reads evaluations");

        assertEquals(Optional.of(new Caller.EvaluationVisibility("6202", null, null)), admin.evaluationVisibility());
        assertEquals(Optional.of(new Caller.EvaluationVisibility("6202", "GS-JYT", null)), agency.evaluationVisibility());
        assertEquals(Optional.of(new Caller.EvaluationVisibility("620201", null, "U1")), reporter.evaluationVisibility());
        assertEquals(Optional.of(new Caller.EvaluationVisibility("6202", "", null)),
                Caller.of("e", Set.of(Roles.EVALUATOR), "6202", null).evaluationVisibility(),
                "an evaluator without an agency claim matches no evaluation");
        assertEquals(Optional.empty(), Caller.of("v", Set.of(Roles.VIEWER), null, null).evaluationVisibility());
    }
}
