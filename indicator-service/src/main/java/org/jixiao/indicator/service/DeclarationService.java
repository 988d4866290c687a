package org.jixiao.indicator.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jixiao.commons.api.Page;
import org.jixiao.commons.outbox.Outbox;
import org.jixiao.commons.problem.Problem.FieldError;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.events.Topics;
import org.jixiao.indicator.domain.framework.FrameworkValidator;
import org.jixiao.indicator.domain.framework.IndicatorDefinition;
import org.jixiao.indicator.domain.framework.IndicatorOrigin;
import org.jixiao.indicator.domain.framework.Severity;
import org.jixiao.indicator.domain.framework.ValidationIssue;
import org.jixiao.indicator.domain.quality.DeclarationQualityChecks;
import org.jixiao.indicator.domain.target.TargetParseException;
import org.jixiao.indicator.domain.target.TargetValueParser;
import org.jixiao.events.DeclarationApproved;
import org.jixiao.events.EventTypes;
import org.jixiao.indicator.repository.DeclarationEntity;
import org.jixiao.indicator.repository.DeclarationEntity.Status;
import org.jixiao.indicator.repository.DeclarationRepository;
import org.jixiao.indicator.rest.DeclarationDtos.DeclarationCreate;
import org.jixiao.indicator.rest.DeclarationDtos.DeclarationResponse;
import org.jixiao.indicator.rest.DeclarationDtos.DeclarationSummary;
import org.jixiao.indicator.rest.DeclarationDtos.IndicatorAdd;
import org.jixiao.indicator.rest.DeclarationDtos.IndicatorFromLibrary;
import org.jixiao.indicator.rest.DeclarationDtos.IndicatorUpdate;
import org.jixiao.indicator.rest.DeclarationDtos.Issue;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkNode;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkResponse;
import org.jixiao.indicator.rest.FrameworkDtos.ParsedTarget;
import jakarta.inject.Inject;
import org.jixiao.commons.audit.AuditTrail;

/**
 * 绩效目标申报: a unit's indicator tree for one year, started as a copy of a published framework version, edited
 * while DRAFT or RETURNED, then SUBMITTED and either RETURNED (with a reason) or APPROVED by finance.
 * A draft may be unsound while being edited; its errors are shown and block submission.
 */
@ApplicationScoped
public class DeclarationService {
    private static final TypeReference<List<FrameworkNode>> TREE = new TypeReference<>() {
    };
    private static final Set<Status> EDITABLE = EnumSet.of(Status.DRAFT, Status.RETURNED);

    private final DeclarationRepository declarations;
    private final FrameworkService frameworks;
    private final LibraryService library;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final IndicatorScope scope;
    @Inject
    AuditTrail audit;

    public DeclarationService(DeclarationRepository declarations, FrameworkService frameworks, LibraryService library,
            Outbox outbox, ObjectMapper json, IndicatorScope scope) {
        this.declarations = declarations;
        this.frameworks = frameworks;
        this.library = library;
        this.outbox = outbox;
        this.json = json;
        this.scope = scope;
    }

    /**
     * Starts the caller's own unit's declaration (another unit does not exist for them: 404). It lies in
     * {@code regionCode}, by default the caller's region claim, which must be inside that claim.
     */
    @Transactional
    public DeclarationResponse create(DeclarationCreate request) {
        if (!scope.caller().isOwnUnit(request.unitCode())) {
            throw ProblemException.notFound("unit", request.unitCode());
        }
        String region = request.regionCode() != null ? request.regionCode()
                : scope.regionPrefix().orElseThrow(() -> ProblemException.notFound("region", "(none)"));
        if (!scope.caller().canSee(region)) {
            throw ProblemException.notFound("region", region);
        }
        FrameworkResponse template = frameworks.publishedTemplate(request.templateId(), "templateId");
        if (declarations.exists(request.unitCode(), request.fiscalYear())) {
            throw ProblemException.conflict("unit " + request.unitCode() + " already has a declaration for "
                    + request.fiscalYear());
        }
        DeclarationEntity d = new DeclarationEntity();
        d.id = UUID.randomUUID();
        d.unitCode = request.unitCode();
        d.regionCode = region;
        d.fiscalYear = request.fiscalYear();
        d.templateId = template.id();
        d.templateCode = template.code();
        d.templateVersion = template.version();
        d.name = request.name() == null || request.name().isBlank() ? template.name() : request.name().strip();
        d.status = Status.DRAFT;
        d.createdAt = OffsetDateTime.now();
        store(d, template.nodes());
        declarations.persist(d);
        audit.record("CREATE", "Declaration", d.id, d.regionCode, d.unitCode + " " + d.fiscalYear + " DRAFT from "
                + d.templateCode + " v" + d.templateVersion + ", " + d.leafCount + " leaves");
        return toResponse(d);
    }

    public DeclarationResponse get(UUID id) {
        return toResponse(find(id));
    }

    /** The declarations the caller may read; those of other regions (or, for a reporter, other units) are not there. */
    public Page<DeclarationSummary> list(String unitCode, Integer fiscalYear, Status status, int page, int size) {
        String region = scope.regionPrefix().orElse(null);
        if (region == null) {
            return new Page<>(List.of(), page, size, 0);
        }
        return declarations.page(unitCode, fiscalYear, status, region, scope.ownUnitOnly().orElse(null), page, size)
                .map(d -> new DeclarationSummary(d.id, d.unitCode, d.fiscalYear, d.templateCode, d.templateVersion,
                        d.name, d.status, d.leafCount, d.updatedAt, d.regionCode));
    }

    @Transactional
    public DeclarationResponse replaceTree(UUID id, List<FrameworkNode> nodes) {
        DeclarationEntity d = editable(id);
        FrameworkTrees.checkShape(nodes, "nodes");
        List<FieldError> errors = new ArrayList<>();
        List<FrameworkNode> parsed = FrameworkTrees.withParsedTargets(nodes, "nodes", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(FrameworkTrees.capped(errors));
        }
        store(d, parsed);
        return toResponse(d);
    }

    @Transactional
    public DeclarationResponse addIndicator(UUID id, IndicatorAdd request) {
        DeclarationEntity d = editable(id);
        return place(d, request.parentCode(), request.indicator(), "indicator");
    }

    @Transactional
    public DeclarationResponse copyFromLibrary(UUID id, IndicatorFromLibrary request) {
        DeclarationEntity d = editable(id);
        FrameworkNode source = library.takeForCopy(request.libraryIndicatorId(), "libraryIndicatorId");
        String target = request.target() == null ? source.target() : request.target();
        FrameworkNode copy = new FrameworkNode(request.code(), source.name(), source.level(), request.weight(),
                source.category(), source.subCategory(), source.direction(), target, source.measureUnit(),
                source.scoringMethod(), source.methodParameters(), source.scoringRule(), IndicatorOrigin.SPECIFIC,
                source.dataBinding(), null, List.of());
        return place(d, request.parentCode(), copy, "");
    }

    @Transactional
    public DeclarationResponse updateIndicator(UUID id, String code, IndicatorUpdate u) {
        DeclarationEntity d = editable(id);
        List<FrameworkNode> nodes = read(d);
        List<FrameworkNode> changed = FrameworkTrees.replace(nodes, code, n -> {
            String target = u.target() != null ? u.target() : n.target();
            ParsedTarget parsed = u.target() != null ? parse(u.target(), "target") : n.parsedTarget();
            return List.of(new FrameworkNode(n.code(), u.name() != null ? u.name() : n.name(), n.level(),
                    u.weight() != null ? u.weight() : n.weight(), n.category(), n.subCategory(),
                    u.direction() != null ? u.direction() : n.direction(), target,
                    u.measureUnit() != null ? u.measureUnit() : n.measureUnit(),
                    u.scoringMethod() != null ? u.scoringMethod() : n.scoringMethod(), n.methodParameters(),
                    u.scoringRule() != null ? u.scoringRule() : n.scoringRule(), n.origin(),
                    u.dataBinding() != null ? u.dataBinding() : n.dataBinding(), parsed, n.children()));
        });
        if (changed == null) {
            throw ProblemException.notFound("indicator", code);
        }
        store(d, changed);
        return toResponse(d);
    }

    @Transactional
    public DeclarationResponse removeIndicator(UUID id, String code) {
        DeclarationEntity d = editable(id);
        List<FrameworkNode> changed = FrameworkTrees.replace(read(d), code, n -> List.of());
        if (changed == null) {
            throw ProblemException.notFound("indicator", code);
        }
        if (changed.isEmpty()) {
            throw ProblemException.conflict("a declaration keeps at least one indicator");
        }
        store(d, changed);
        return toResponse(d);
    }

    /** The declaration as XLSX in the seed 003 (活动) or seed 004 (年度目标) column layout. */
    public byte[] exportXlsx(UUID id, DeclarationSpreadsheet.Layout layout) {
        return DeclarationSpreadsheet.export(read(find(id)), layout);
    }

    /** Replaces the tree with the rows of an XLSX file; every bad row is named ({@code rows[n].<column>}). */
    @Transactional
    public DeclarationResponse importXlsx(UUID id, DeclarationSpreadsheet.Layout layout, byte[] xlsx) {
        DeclarationEntity d = editable(id);
        List<FrameworkNode> nodes = DeclarationSpreadsheet.read(xlsx, layout);
        FrameworkTrees.checkShape(nodes, "rows");
        store(d, nodes);
        return toResponse(d);
    }

    @Transactional
    public DeclarationResponse submit(UUID id) {
        DeclarationEntity d = scope.ownUnits(declarations.findById(id), id);
        if (!EDITABLE.contains(d.status)) {
            throw illegal(d, "submit");
        }
        List<FieldError> errors = FrameworkTrees.errors(FrameworkValidator.validate(FrameworkTrees.toDomain(read(d))));
        if (!errors.isEmpty()) {
            throw new ProblemException(409, "declaration-has-errors", "Declaration has errors",
                    errors.size() + " errors must be corrected before submitting", FrameworkTrees.capped(errors));
        }
        audited("SUBMIT", d, d.status + " -> " + Status.SUBMITTED + ", " + d.leafCount + " leaves");
        d.status = Status.SUBMITTED;
        d.submittedAt = OffsetDateTime.now();
        d.updatedAt = d.submittedAt;
        return toResponse(d);
    }

    @Transactional
    public DeclarationResponse returnToUnit(UUID id, String reason) {
        DeclarationEntity d = find(id);
        if (d.status != Status.SUBMITTED) {
            throw illegal(d, "return");
        }
        d.status = Status.RETURNED;
        d.returnReason = reason.strip();
        audited("RETURN", d, "SUBMITTED -> RETURNED, reason: " + d.returnReason);
        d.updatedAt = OffsetDateTime.now();
        return toResponse(d);
    }

    @Transactional
    public DeclarationResponse approve(UUID id) {
        DeclarationEntity d = find(id);
        if (d.status != Status.SUBMITTED) {
            throw illegal(d, "approve");
        }
        d.status = Status.APPROVED;
        d.approvedAt = OffsetDateTime.now();
        audited("APPROVE", d, "SUBMITTED -> APPROVED, " + d.leafCount + " leaves");
        d.updatedAt = d.approvedAt;
        List<FrameworkNode> nodes = read(d);
        library.register(nodes, LibraryService.SOURCE_DECLARATION, d.id, d.unitCode + " " + d.fiscalYear);
        outbox.enqueue(Topics.DECLARATION_APPROVED, EventTypes.DECLARATION_APPROVED, d.unitCode,
                "declarations/" + d.id, new DeclarationApproved(d.id, d.unitCode, d.fiscalYear, d.templateId,
                        d.templateCode, d.templateVersion, d.leafCount));
        return toResponse(d);
    }

    // ------------------------------------------------------------------ helpers

    private DeclarationResponse place(DeclarationEntity d, String parentCode, FrameworkNode indicator, String field) {
        String prefix = field.isEmpty() ? "" : field + ".";
        if (indicator.code() == null || indicator.code().isBlank()) {
            throw ProblemException.invalid(prefix + "code", FrameworkValidator.CODE_EMPTY, "指标编码为空");
        }
        if (indicator.children() != null && !indicator.children().isEmpty()) {
            throw ProblemException.invalid(prefix + "children", "NOT_A_LEAF", "只能逐个新增末级指标");
        }
        List<FrameworkNode> nodes = read(d);
        if (FrameworkTrees.find(nodes, indicator.code()) != null) {
            throw ProblemException.invalid(prefix + "code", FrameworkValidator.DUPLICATE_CODE,
                    "指标编码“" + indicator.code() + "”已存在");
        }
        FrameworkNode parent = FrameworkTrees.find(nodes, parentCode);
        if (parent == null) {
            throw ProblemException.invalid("parentCode", FrameworkValidator.PARENT_UNKNOWN,
                    "上级编码“" + parentCode + "”不存在");
        }
        if (FrameworkTrees.isLeaf(parent) && (parent.scoringMethod() != null || parent.target() != null)) {
            throw ProblemException.invalid("parentCode", FrameworkValidator.LEAF_UNDER_LEAF,
                    "“" + parent.name() + "”是末级指标，不能再挂下级");
        }
        ParsedTarget parsed = indicator.target() == null || indicator.target().isBlank() ? null
                : parse(indicator.target(), prefix + "target");
        FrameworkNode leaf = new FrameworkNode(indicator.code().strip(), indicator.name(), parent.level() + 1,
                indicator.weight(), indicator.category(), indicator.subCategory(), indicator.direction(),
                indicator.target(), indicator.measureUnit(), indicator.scoringMethod(), indicator.methodParameters(),
                indicator.scoringRule(), IndicatorOrigin.SPECIFIC, indicator.dataBinding(), parsed, List.of());
        List<FrameworkNode> changed = FrameworkTrees.replace(nodes, parentCode, p -> {
            List<FrameworkNode> children = new ArrayList<>(p.children() == null ? List.of() : p.children());
            children.add(leaf);
            return List.of(FrameworkTrees.copy(p, p.parsedTarget(), children));
        });
        FrameworkTrees.checkShape(changed, "nodes");
        store(d, changed);
        return toResponse(d);
    }

    private static ParsedTarget parse(String target, String field) {
        try {
            return ParsedTarget.of(TargetValueParser.parse(target));
        } catch (TargetParseException e) {
            throw ProblemException.invalid(field, e.code(), e.getMessage());
        }
    }

    /** The declaration when the caller may read it; 404 when it does not exist or lies outside their scope. */
    private DeclarationEntity find(UUID id) {
        return scope.readable(declarations.findById(id), id);
    }

    /** The caller's own unit's declaration while it can be edited. */
    private DeclarationEntity editable(UUID id) {
        DeclarationEntity d = scope.ownUnits(declarations.findById(id), id);
        if (!EDITABLE.contains(d.status)) {
            throw ProblemException.conflict("declaration " + id + " is " + d.status
                    + "; only DRAFT or RETURNED declarations can be edited");
        }
        return d;
    }

    private static ProblemException illegal(DeclarationEntity d, String action) {
        return ProblemException.conflict("cannot " + action + " declaration " + d.id + " while it is " + d.status);
    }

    private void audited(String action, DeclarationEntity d, String summary) {
        audit.record(action, "Declaration", d.id, d.regionCode, summary);
    }

    /** Every edit of a stored declaration passes here, so it is audited here (a new one is audited as CREATE). */
    private void store(DeclarationEntity d, List<FrameworkNode> nodes) {
        if (d.tree != null) {
            audited("EDIT", d, d.status + ", " + d.leafCount + " leaves -> " + FrameworkTrees.countLeaves(nodes));
        }
        d.leafCount = FrameworkTrees.countLeaves(nodes);
        d.updatedAt = OffsetDateTime.now();
        try {
            d.tree = json.writeValueAsString(nodes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<FrameworkNode> read(DeclarationEntity d) {
        try {
            return json.readValue(d.tree, TREE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored declaration " + d.id + " is unreadable", e);
        }
    }

    private DeclarationResponse toResponse(DeclarationEntity d) {
        List<FrameworkNode> nodes = read(d);
        List<IndicatorDefinition> tree = FrameworkTrees.toDomain(nodes);
        List<Issue> errors = new ArrayList<>();
        List<Issue> warnings = new ArrayList<>();
        for (ValidationIssue issue : FrameworkValidator.validate(tree)) {
            (issue.severity() == Severity.ERROR ? errors : warnings).add(issue(issue));
        }
        for (ValidationIssue issue : DeclarationQualityChecks.check(tree)) {
            warnings.add(issue(issue));
        }
        return new DeclarationResponse(d.id, d.unitCode, d.fiscalYear, d.templateId, d.templateCode,
                d.templateVersion, d.name, d.status, d.leafCount, d.returnReason, d.createdAt, d.updatedAt,
                d.submittedAt, d.approvedAt, nodes, errors, warnings, d.regionCode);
    }

    private static Issue issue(ValidationIssue i) {
        return new Issue(i.path(), i.code(), i.message());
    }
}
