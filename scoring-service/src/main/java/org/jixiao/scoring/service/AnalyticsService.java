package org.jixiao.scoring.service;

import org.jixiao.commons.api.Page;
import org.jixiao.commons.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jixiao.scoring.domain.EvaluationType;
import org.jixiao.scoring.domain.GradeBand;
import org.jixiao.scoring.domain.GradeScheme;
import org.jixiao.scoring.rest.AnalyticsDtos.GradeCount;
import org.jixiao.scoring.rest.AnalyticsDtos.GradeDistribution;
import org.jixiao.scoring.rest.AnalyticsDtos.IndicatorAchievement;
import org.jixiao.scoring.rest.AnalyticsDtos.RankingEntry;

/** Dashboard aggregates, computed by the database over the latest finalized revision of each evaluation. */
@ApplicationScoped
public class AnalyticsService {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EntityManager em;
    private final GradeSchemeService schemes;
    private final ScoringScope scope;

    public AnalyticsService(EntityManager em, GradeSchemeService schemes, ScoringScope scope) {
        this.em = em;
        this.schemes = schemes;
        this.scope = scope;
    }

    /**
     * The latest finalized revision per unit, type and year, of a region prefix and year (optionally one type), among
     * the evaluations the caller may see: nothing of another region, agency or unit enters a rank, count or rate.
     */
    private static String latestFinalized(EvaluationType type, Caller.EvaluationVisibility filter) {
        return "with latest as (select distinct on (e.unit_code, e.type) e.id, e.unit_code, e.unit_name, e.region_code, "
                + "e.type, e.revision, e.total, e.grade, e.grade_scheme from evaluation e "
                + "where e.status = 'FINALIZED' and e.fiscal_year = :year and e.region_code like :region "
                + "and e.region_code like :scope "
                + (filter.agency() == null ? "" : "and e.evaluator_agency = :agency ")
                + (filter.unit() == null ? "" : "and e.unit_code = :unit ")
                + (type == null ? "" : "and e.type = :type ")
                + "order by e.unit_code, e.type, e.revision desc) ";
    }

    /** The caller's filter; one that matches nothing when they see nothing. */
    private Caller.EvaluationVisibility filter() {
        return scope.filter().orElse(new Caller.EvaluationVisibility("", null, ""));
    }

    private static Query bind(Query q, String region, int year, EvaluationType type, Caller.EvaluationVisibility filter) {
        q.setParameter("year", year).setParameter("region", region + "%")
                .setParameter("scope", filter.regionPrefix() + "%");
        if (filter.agency() != null) {
            q.setParameter("agency", filter.agency());
        }
        if (filter.unit() != null) {
            q.setParameter("unit", filter.unit());
        }
        if (type != null) {
            q.setParameter("type", type.name());
        }
        return q;
    }

    @Transactional
    public Page<RankingEntry> ranking(String region, int year, EvaluationType type, int page, int size) {
        Caller.EvaluationVisibility filter = filter();
        long total = ((Number) bind(em.createNativeQuery(latestFinalized(type, filter) + "select count(*) from latest"),
                region, year, type, filter).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(latestFinalized(type, filter)
                + "select cast(rank() over (order by total desc) as integer), id, unit_code, unit_name, region_code, type, "
                + "revision, total, grade, grade_scheme from latest order by total desc, unit_code, type "
                + "limit :limit offset :offset"),
                region, year, type, filter).setParameter("limit", size).setParameter("offset", (long) page * size)
                .getResultList();
        List<RankingEntry> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            UUID id = r[1] instanceof UUID u ? u : UUID.fromString(r[1].toString());
            result.add(new RankingEntry(((Number) r[0]).intValue(), id, (String) r[2], (String) r[3],
                    (String) r[4], EvaluationType.valueOf((String) r[5]), ((Number) r[6]).intValue(),
                    (BigDecimal) r[7], (String) r[8], (String) r[9]));
        }
        return new Page<>(result, page, size, total);
    }

    @Transactional
    public GradeDistribution gradeDistribution(String region, int year, EvaluationType type) {
        @SuppressWarnings("unchecked")
        Caller.EvaluationVisibility filter = filter();
        List<Object[]> rows = bind(em.createNativeQuery(latestFinalized(type, filter)
                + "select grade_scheme, grade, count(*) from latest group by grade_scheme, grade "
                + "order by grade_scheme, grade"), region, year, type, filter).getResultList();
        long counted = 0;
        Map<String, Map<String, Long>> bySchemeThenGrade = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long count = ((Number) r[2]).longValue();
            counted += count;
            bySchemeThenGrade.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>()).put((String) r[1], count);
        }
        long all = counted;
        List<GradeCount> grades = new ArrayList<>();
        for (Map.Entry<String, Map<String, Long>> scheme : bySchemeThenGrade.entrySet()) {
            Map<String, Long> counts = new LinkedHashMap<>(scheme.getValue());
            GradeScheme known = schemes.find(scheme.getKey());
            if (known != null) {
                List<GradeBand> bands = known.bands();
                for (int i = bands.size() - 1; i >= 0; i--) {
                    String label = bands.get(i).label();
                    long count = counts.getOrDefault(label, 0L);
                    counts.remove(label);
                    grades.add(new GradeCount(scheme.getKey(), label, count, percent(count, all)));
                }
            }
            // Labels a scheme no longer has (it was changed after finalization) still count.
            counts.forEach((label, count) -> grades.add(new GradeCount(scheme.getKey(), label, count, percent(count, all))));
        }
        return new GradeDistribution(region, year, all, grades);
    }

    @Transactional
    public List<IndicatorAchievement> indicatorAchievement(String region, int year, EvaluationType type) {
        @SuppressWarnings("unchecked")
        Caller.EvaluationVisibility filter = filter();
        List<Object[]> rows = bind(em.createNativeQuery(latestFinalized(type, filter)
                + "select s.leaf_name, count(*), count(*) filter (where s.score >= s.weight), sum(s.score), sum(s.weight) "
                + "from evaluation_leaf_score s join latest l on l.id = s.evaluation_id where s.weight > 0 "
                + "group by s.leaf_name order by s.leaf_name"), region, year, type, filter).getResultList();
        List<IndicatorAchievement> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long units = ((Number) r[1]).longValue();
            long achieved = ((Number) r[2]).longValue();
            BigDecimal score = (BigDecimal) r[3];
            BigDecimal weight = (BigDecimal) r[4];
            result.add(new IndicatorAchievement((String) r[0], units, achieved, percent(achieved, units),
                    score.multiply(HUNDRED).divide(weight, 2, RoundingMode.HALF_UP)));
        }
        return result;
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
