package org.jixiao.scoring.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.commons.problem.Problem.FieldError;
import org.jixiao.scoring.client.Snapshots;
import org.jixiao.scoring.domain.GradeScheme;
import org.jixiao.scoring.domain.IndicatorNode;
import org.jixiao.scoring.domain.InputError;
import org.jixiao.scoring.domain.LeafInput;
import org.jixiao.scoring.domain.ReportedScores;
import org.jixiao.scoring.domain.ScoreResult;
import org.jixiao.scoring.domain.ScoringEngine;
import org.jixiao.scoring.domain.ScoringInputException;
import org.jixiao.scoring.domain.SurveyResult;
import org.jixiao.scoring.repository.EvaluationEntity;
import org.jixiao.scoring.repository.EvaluationInputEntity;

/**
 * Scores a stored evaluation: reads its snapshots, fills the leaves bound to budget metrics and surveys, adds the
 * unit's reported scores, and runs the engine. Shared by the request path and the re-score job.
 */
@ApplicationScoped
public class EvaluationScorer {
    static final String MISSING_INPUT = "MISSING_INPUT";
    private static final TypeReference<List<SurveyResult>> SURVEYS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public EvaluationScorer(ObjectMapper json) {
        this.json = json;
    }

    /** The engine's result, or (result null) every problem found; MISSING_INPUT errors mean "not complete yet". */
    public record Computation(ScoreResult result, List<FieldError> errors) {
        public boolean complete() {
            return errors.isEmpty();
        }

        /** The total while every leaf has what it needs; null while inputs are still missing. */
        public java.math.BigDecimal provisionalTotal() {
            return complete() ? result.total() : null;
        }
    }

    /** A framework snapshot parsed once: the re-score job shares it between evaluations opened against it. */
    public record PreparedFramework(Snapshots.Framework framework, List<IndicatorNode> engineTree) {
    }

    public PreparedFramework prepare(String frameworkSnapshot) {
        Snapshots.Framework framework = read(frameworkSnapshot, Snapshots.Framework.class);
        return new PreparedFramework(framework, FrameworkSnapshotMapper.toEngine(framework.nodes()));
    }

    public Computation compute(EvaluationEntity e, Iterable<EvaluationInputEntity> entered, GradeScheme scheme) {
        return compute(e, entered, scheme, prepare(e.frameworkSnapshot));
    }

    public Computation compute(EvaluationEntity e, Iterable<EvaluationInputEntity> entered, GradeScheme scheme,
            PreparedFramework framework) {
        Map<String, LeafInput> leafInputs = new HashMap<>();
        for (EvaluationInputEntity i : entered) {
            leafInputs.put(i.key.leafCode(), toDomain(i));
        }
        return compute(framework, e.metricsSnapshot, e.surveys, e.reportedScores, leafInputs, scheme);
    }

    /**
     * The stored evaluation's parts as the database holds them (JSON text; surveys and reported scores may be null).
     * {@code leafInputs} is completed with the bound leaves, so pass a map of its own.
     */
    public Computation compute(PreparedFramework framework, String metricsSnapshot, String surveysJson,
            String reportedJson, Map<String, LeafInput> leafInputs, GradeScheme scheme) {
        Snapshots.Metrics metrics = read(metricsSnapshot, Snapshots.Metrics.class);
        Map<String, Snapshots.Metric> byName = metrics.metrics().stream()
                .collect(Collectors.toMap(Snapshots.Metric::name, Function.identity(), (a, b) -> a));
        Map<String, SurveyResult> surveys = surveys(surveysJson).stream()
                .collect(Collectors.toMap(SurveyResult::respondentGroup, Function.identity(), (a, b) -> a));
        FrameworkSnapshotMapper.fillBoundLeaves(framework.framework().nodes(), byName, surveys, leafInputs);
        ReportedScores reported = reportedJson == null ? ReportedScores.NONE : read(reportedJson, ReportedScores.class);
        try {
            ScoreResult result = ScoringEngine.score(framework.engineTree(), leafInputs, scheme, reported);
            return new Computation(result, List.of());
        } catch (ScoringInputException ex) {
            List<FieldError> errors = new ArrayList<>();
            for (InputError err : ex.errors()) {
                errors.add(new FieldError(err.field(), err.code(), err.message()));
            }
            return new Computation(null, errors);
        }
    }

    public ReportedScores reported(EvaluationEntity e) {
        return e.reportedScores == null ? ReportedScores.NONE : read(e.reportedScores, ReportedScores.class);
    }

    public List<SurveyResult> surveys(EvaluationEntity e) {
        return surveys(e.surveys);
    }

    private List<SurveyResult> surveys(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, SURVEYS);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored surveys are unreadable", ex);
        }
    }

    static LeafInput toDomain(EvaluationInputEntity i) {
        SurveyResult survey = i.surveyGroup == null ? null
                : new SurveyResult(i.surveyGroup, i.surveyIssued, i.surveyValid, i.surveySatisfied);
        return new LeafInput(i.key.leafCode(), i.state, i.actual, i.grade, i.achieved, i.manualScore, i.reason, survey,
                i.selfReportedScore);
    }

    <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored JSON is unreadable as " + type.getSimpleName(), ex);
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
