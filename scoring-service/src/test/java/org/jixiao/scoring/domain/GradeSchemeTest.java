package org.jixiao.scoring.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.jixiao.scoring.domain.SeedFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradeSchemeTest {

    @ParameterizedTest
    @CsvSource({"0, 差", "59.99, 差", "60, 中", "69.99, 中", "70, 中", "79.99, 中", "80, 良", "85.54, 良", "89.99, 良",
            "90, 优", "96, 优", "100, 优"})
    void nationalBandsAreHalfOpen(String total, String grade) {
        assertEquals(grade, GradeScheme.NATIONAL.gradeFor(d(total)));
    }

    @ParameterizedTest
    @CsvSource({"0, 不合格", "59.99, 不合格", "60, 不合格", "69.99, 不合格", "70, 基本合格", "79.99, 基本合格",
            "80, 良好", "89.99, 良好", "90, 优秀", "92.3, 优秀", "100, 优秀"})
    void jiayuguanBandsAreHalfOpen(String total, String grade) {
        assertEquals(grade, GradeScheme.JIAYUGUAN.gradeFor(d(total)));
    }

    @Test
    void builtInsAreValid() {
        assertTrue(GradeScheme.NATIONAL.validate().isEmpty());
        assertSame(GradeScheme.JIAYUGUAN, GradeScheme.JIAYUGUAN.requireValid());
    }

    @Test
    void totalsOutsideZeroToHundredAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> GradeScheme.NATIONAL.gradeFor(d("-0.01")));
        assertThrows(IllegalArgumentException.class, () -> GradeScheme.NATIONAL.gradeFor(d("100.01")));
        assertThrows(IllegalArgumentException.class, () -> GradeScheme.NATIONAL.gradeFor(null));
    }

    @Test
    void userSchemeWithThreeBandsWorks() {
        GradeScheme s = new GradeScheme("T3", "三档", List.of(new GradeBand("未达成", d("0")),
                new GradeBand("部分达成", d("60")), new GradeBand("达成", d("85.5")))).requireValid();
        assertEquals("部分达成", s.gradeFor(d("85.49")));
        assertEquals("达成", s.gradeFor(d("85.5")));
    }

    private static List<String> codes(GradeScheme s) {
        return s.validate().stream().map(e -> e.field() + " " + e.code()).toList();
    }

    @Test
    void firstBandMustStartAtZero() {
        GradeScheme s = new GradeScheme("X", "x", List.of(new GradeBand("中", d("60")), new GradeBand("优", d("90"))));
        assertEquals(List.of("bands[0].lowerInclusive FIRST_BAND_NOT_ZERO"), codes(s));
    }

    @Test
    void bandsMustBeStrictlyAscending() {
        GradeScheme descending = new GradeScheme("X", "x", List.of(new GradeBand("差", d("0")),
                new GradeBand("优", d("90")), new GradeBand("良", d("80"))));
        assertEquals(List.of("bands[2].lowerInclusive BANDS_NOT_ASCENDING"), codes(descending));
        GradeScheme equal = new GradeScheme("X", "x", List.of(new GradeBand("差", d("0")),
                new GradeBand("良", d("80")), new GradeBand("优", d("80.00"))));
        assertEquals(List.of("bands[2].lowerInclusive BANDS_NOT_ASCENDING"), codes(equal));
    }

    @Test
    void labelsMustBeUniqueAndPresent() {
        GradeScheme s = new GradeScheme("X", "x", List.of(new GradeBand("差", d("0")),
                new GradeBand("优", d("80")), new GradeBand("优 ", d("90")), new GradeBand(" ", d("95"))));
        assertEquals(List.of("bands[2].label DUPLICATE_LABEL", "bands[3].label REQUIRED"), codes(s));
    }

    @Test
    void missingPiecesAreAllReported() {
        assertEquals(List.of("code REQUIRED", "bands REQUIRED"), codes(new GradeScheme(" ", "x", List.of())));
        assertEquals(List.of("bands REQUIRED"), codes(new GradeScheme("X", "x", null)));
        List<GradeBand> withNull = new ArrayList<>(Arrays.asList(new GradeBand("差", d("0")), null,
                new GradeBand("优", null), new GradeBand("超", d("101"))));
        assertEquals(List.of("bands[1] REQUIRED", "bands[2].lowerInclusive REQUIRED", "bands[3].lowerInclusive ABOVE_100"),
                codes(new GradeScheme("X", "x", withNull)));
    }

    @Test
    void requireValidThrowsWithEveryError() {
        GradeScheme s = new GradeScheme("X", "x", List.of(new GradeBand("差", d("10")), new GradeBand("差", d("5"))));
        ScoringInputException e = assertThrows(ScoringInputException.class, s::requireValid);
        assertEquals(3, e.errors().size(), e.errors().toString());
    }
}
