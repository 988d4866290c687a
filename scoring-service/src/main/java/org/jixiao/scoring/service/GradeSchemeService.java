package org.jixiao.scoring.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.commons.audit.AuditTrail;
import org.jixiao.commons.problem.Problem.FieldError;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.scoring.domain.GradeBand;
import org.jixiao.scoring.domain.GradeScheme;
import org.jixiao.scoring.domain.InputError;
import org.jixiao.scoring.repository.GradeSchemeEntity;
import org.jixiao.scoring.rest.GradeSchemeDtos.Band;
import org.jixiao.scoring.rest.GradeSchemeDtos.BandInput;
import org.jixiao.scoring.rest.GradeSchemeDtos.CreateRequest;
import org.jixiao.scoring.rest.GradeSchemeDtos.GradeSchemeResponse;
import org.jixiao.scoring.rest.GradeSchemeDtos.UpdateRequest;

/**
 * The grade schemes evaluations may name: NATIONAL and JIAYUGUAN are built in, every other jurisdiction's scheme is
 * created through the API and stored.
 */
@ApplicationScoped
public class GradeSchemeService {
    private static final TypeReference<List<GradeBand>> BANDS = new TypeReference<>() {
    };
    private static final Map<String, GradeScheme> BUILT_IN = builtIn();
    private static final int SCORE_SCALE = 2;

    private final ObjectMapper json;
    private final ScoringScope scope;
    private final AuditTrail audit;

    public GradeSchemeService(ObjectMapper json, ScoringScope scope, AuditTrail audit) {
        this.json = json;
        this.scope = scope;
        this.audit = audit;
    }

    private static Map<String, GradeScheme> builtIn() {
        Map<String, GradeScheme> m = new LinkedHashMap<>();
        m.put(GradeScheme.NATIONAL.code(), GradeScheme.NATIONAL);
        m.put(GradeScheme.JIAYUGUAN.code(), GradeScheme.JIAYUGUAN);
        return m;
    }

    /** The scheme called {@code code} (NATIONAL when null), or a 400 naming {@code field}. */
    @Transactional
    public GradeScheme resolve(String code, String field) {
        GradeScheme scheme = find(code == null ? GradeScheme.NATIONAL.code() : code);
        if (scheme == null) {
            throw ProblemException.invalid(field, "UNKNOWN_GRADE_SCHEME", "unknown grade scheme " + code
                    + "; built in: " + BUILT_IN.keySet() + ", others are listed at /api/v1/grade-schemes");
        }
        return scheme;
    }

    /**
     * The scheme called {@code code} (NATIONAL when null) when the caller may use it, for a new evaluation or a
     * re-score job; one of another region is unknown to them, exactly like a missing one (400 naming {@code field}).
     */
    @Transactional
    public GradeScheme resolveUsable(String code, String field) {
        GradeScheme scheme = resolve(code, field);
        GradeSchemeEntity stored = BUILT_IN.containsKey(scheme.code()) ? null : GradeSchemeEntity.findById(scheme.code());
        if (stored != null && !scope.canUse(stored.ownerRegion)) {
            throw ProblemException.invalid(field, "UNKNOWN_GRADE_SCHEME", "unknown grade scheme " + code
                    + "; built in: " + BUILT_IN.keySet() + ", others are listed at /api/v1/grade-schemes");
        }
        return scheme;
    }

    /** The scheme called {@code code}, or null when there is none (whoever owns it: finalized grades need it). */
    @Transactional
    public GradeScheme find(String code) {
        GradeScheme builtIn = BUILT_IN.get(code);
        if (builtIn != null) {
            return builtIn;
        }
        GradeSchemeEntity stored = GradeSchemeEntity.findById(code);
        return stored == null ? null : toDomain(stored);
    }

    /** The built-in schemes, then the stored ones the caller may use (national, their region's, enclosing or inside). */
    @Transactional
    public List<GradeSchemeResponse> list() {
        List<GradeSchemeResponse> result = new ArrayList<>();
        String region = scope.caller().region().orElse(null);
        if (region == null) {
            return result;
        }
        BUILT_IN.values().forEach(s -> result.add(toResponse(s, true, null, null, null)));
        List<GradeSchemeEntity> stored = GradeSchemeEntity.list(
                "ownerRegion is null or ownerRegion like :inside or :region like concat(ownerRegion, '%')",
                Sort.by("code"), Parameters.with("inside", region + "%").and("region", region));
        stored.forEach(e -> result.add(toResponse(toDomain(e), false, e.createdAt, e.updatedAt, e.ownerRegion)));
        return result;
    }

    @Transactional
    public GradeSchemeResponse get(String code) {
        GradeScheme builtIn = BUILT_IN.get(code);
        if (builtIn != null && scope.caller().region().isPresent()) {
            return toResponse(builtIn, true, null, null, null);
        }
        GradeSchemeEntity stored = usable(code);
        return toResponse(toDomain(stored), false, stored.createdAt, stored.updatedAt, stored.ownerRegion);
    }

    /** A stored scheme the caller may use; 404 when it is missing or belongs to a region they cannot see. */
    private GradeSchemeEntity usable(String code) {
        GradeSchemeEntity stored = GradeSchemeEntity.findById(code);
        if (stored == null || !scope.canUse(stored.ownerRegion)) {
            throw ProblemException.notFound("grade scheme", code);
        }
        return stored;
    }

    /** Stores a scheme owned by the caller's region (national for a national caller). */
    @Transactional
    public GradeSchemeResponse create(CreateRequest request) {
        String owner = scope.ownRegionAsOwner();
        GradeScheme scheme = validated(request.code(), request.name(), request.bands());
        if (isBuiltIn(request.code()) || GradeSchemeEntity.count("lower(code) = ?1",
                request.code().toLowerCase(Locale.ROOT)) > 0) {
            throw ProblemException.conflict("grade scheme " + request.code() + " already exists");
        }
        GradeSchemeEntity e = new GradeSchemeEntity();
        e.code = scheme.code();
        e.name = scheme.name();
        e.bands = write(scheme.bands());
        e.ownerRegion = owner;
        e.createdAt = e.updatedAt = OffsetDateTime.now();
        e.persist();
        audit.record("CREATE", "GradeScheme", e.code, e.ownerRegion, e.name + " " + bandsText(scheme.bands()));
        return toResponse(scheme, false, e.createdAt, e.updatedAt, e.ownerRegion);
    }

    @Transactional
    public GradeSchemeResponse update(String code, UpdateRequest request) {
        if (isBuiltIn(code)) {
            if (!scope.canWrite(null)) {
                throw ScoringScope.forbidden("grade scheme " + code + " is national, outside the caller's write scope");
            }
            throw ProblemException.conflict("grade scheme " + code + " is built in and cannot be changed");
        }
        GradeSchemeEntity e = usable(code);
        if (!scope.canWrite(e.ownerRegion)) {
            throw ScoringScope.forbidden("grade scheme " + code + " belongs to "
                    + (e.ownerRegion == null ? "the nation" : "region " + e.ownerRegion)
                    + ", outside the caller's write scope");
        }
        GradeScheme scheme = validated(code, request.name(), request.bands());
        GradeScheme before = toDomain(e);
        e.name = scheme.name();
        e.bands = write(scheme.bands());
        e.updatedAt = OffsetDateTime.now();
        audit.record("UPDATE", "GradeScheme", e.code, e.ownerRegion, before.name() + " " + bandsText(before.bands())
                + " -> " + scheme.name() + " " + bandsText(scheme.bands()));
        return toResponse(scheme, false, e.createdAt, e.updatedAt, e.ownerRegion);
    }

    private static boolean isBuiltIn(String code) {
        return BUILT_IN.keySet().stream().anyMatch(b -> b.equalsIgnoreCase(code));
    }

    /** The scheme, or a 400 naming every bad field (the domain's rules plus at most 2 decimals per bound). */
    private static GradeScheme validated(String code, String name, List<BandInput> bands) {
        List<GradeBand> domainBands = bands == null ? null : bands.stream()
                .map(b -> b == null ? null : new GradeBand(b.label() == null ? null : b.label().strip(), b.lowerInclusive()))
                .toList();
        GradeScheme scheme = new GradeScheme(code, name == null ? null : name.strip(), domainBands);
        List<FieldError> errors = new ArrayList<>();
        for (InputError err : scheme.validate()) {
            errors.add(new FieldError(err.field(), err.code(), err.message()));
        }
        for (int i = 0; bands != null && i < bands.size(); i++) {
            BigDecimal lower = bands.get(i) == null ? null : bands.get(i).lowerInclusive();
            if (lower != null && lower.stripTrailingZeros().scale() > SCORE_SCALE) {
                errors.add(new FieldError("bands[" + i + "].lowerInclusive", "TOO_MANY_DECIMALS",
                        "总分保留两位小数，等级下限最多两位小数：" + lower.toPlainString()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return scheme;
    }

    /** "[优>=90, 良>=80, ...]": short enough for an audit summary. */
    private static String bandsText(List<GradeBand> bands) {
        return bands.stream().map(b -> b.label() + ">=" + b.lowerInclusive().toPlainString()).toList().toString();
    }

    private GradeScheme toDomain(GradeSchemeEntity e) {
        try {
            return new GradeScheme(e.code, e.name, json.readValue(e.bands, BANDS));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored grade scheme " + e.code + " is unreadable", ex);
        }
    }

    private String write(List<GradeBand> bands) {
        try {
            return json.writeValueAsString(bands);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static GradeSchemeResponse toResponse(GradeScheme s, boolean builtIn, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, String ownerRegion) {
        List<Band> bands = new ArrayList<>(s.bands().size());
        for (int i = 0; i < s.bands().size(); i++) {
            GradeBand b = s.bands().get(i);
            BigDecimal upper = i + 1 < s.bands().size() ? s.bands().get(i + 1).lowerInclusive() : null;
            bands.add(new Band(b.label(), b.lowerInclusive(), upper));
        }
        return new GradeSchemeResponse(s.code(), s.name(), builtIn, bands, createdAt, updatedAt, ownerRegion);
    }
}
