package org.jixiao.indicator.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jixiao.commons.api.Page;
import org.jixiao.commons.outbox.Outbox;
import org.jixiao.commons.problem.Problem.FieldError;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.events.Topics;
import org.jixiao.indicator.domain.framework.FrameworkValidator;
import org.jixiao.events.EventTypes;
import org.jixiao.events.FrameworkPublished;
import org.jixiao.events.FrameworkPublished;
import org.jixiao.indicator.repository.FrameworkEntity;
import org.jixiao.indicator.repository.FrameworkRepository;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkNode;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkRequest;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkResponse;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkSummary;
import org.jixiao.indicator.domain.framework.FrameworkDiff;
import org.jixiao.indicator.rest.FrameworkDtos;
import org.jixiao.indicator.rest.FrameworkDtos.ChangedNode;
import org.jixiao.indicator.rest.FrameworkDtos.DiffNode;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkDiffResponse;
import org.jixiao.indicator.rest.FrameworkDtos.VersionRef;
import jakarta.inject.Inject;
import org.jixiao.commons.audit.AuditTrail;

@ApplicationScoped
public class FrameworkService {
    private static final TypeReference<List<FrameworkNode>> TREE = new TypeReference<>() {
    };

    private final FrameworkRepository frameworks;
    private final ObjectMapper json;
    private final Outbox outbox;
    private final LibraryService library;
    private final IndicatorScope scope;
    @Inject
    AuditTrail audit;

    public FrameworkService(FrameworkRepository frameworks, ObjectMapper json, Outbox outbox, LibraryService library,
            IndicatorScope scope) {
        this.frameworks = frameworks;
        this.json = json;
        this.outbox = outbox;
        this.library = library;
        this.scope = scope;
    }

    /**
     * Stores a new draft version of the framework {@code code} for the caller's region; refuses a malformed tree
     * whole. A new version of an existing code keeps that code's owner, so it must lie in the caller's write scope
     * (403 when the caller can read the code but not change it, 409 when the code belongs to a region they cannot
     * see).
     */
    @Transactional
    public FrameworkResponse create(FrameworkRequest request) {
        String owner = scope.ownRegionAsOwner();
        FrameworkEntity latest = frameworks.latest(request.code());
        if (latest != null) {
            if (!scope.caller().canUse(latest.ownerRegion)) {
                throw ProblemException.conflict("framework code " + request.code() + " is taken; choose another code");
            }
            scope.writable(latest, latest.id);
            owner = latest.ownerRegion;
        }
        return create(request, owner);
    }

    /** A built-in template: national, created at start without a caller. */
    @Transactional
    public FrameworkResponse createBuiltIn(FrameworkRequest request) {
        return create(request, null);
    }

    private FrameworkResponse create(FrameworkRequest request, String ownerRegion) {
        List<FrameworkNode> nodes = checkedTree(request.nodes());
        FrameworkEntity framework = new FrameworkEntity();
        framework.ownerRegion = ownerRegion;
        framework.id = UUID.randomUUID();
        framework.code = request.code();
        framework.version = frameworks.nextVersion(request.code());
        framework.status = FrameworkEntity.Status.DRAFT;
        framework.createdAt = OffsetDateTime.now();
        fill(framework, request, nodes);
        frameworks.persist(framework);
        audit.record("CREATE", "Framework", framework.id, ownerRegion, framework.code + " v" + framework.version
                + " DRAFT, " + framework.name + ", " + framework.leafCount + " leaves");
        return toResponse(framework);
    }

    @Transactional
    public FrameworkResponse replaceDraft(UUID id, FrameworkRequest request) {
        FrameworkEntity framework = scope.writable(frameworks.findById(id), id);
        if (framework.status != FrameworkEntity.Status.DRAFT) {
            throw ProblemException.conflict("framework " + id + " is published and cannot change; create a new version");
        }
        if (!framework.code.equals(request.code())) {
            throw ProblemException.invalid("code", "CODE_CHANGED", "a version keeps the code " + framework.code);
        }
        String before = framework.name + ", " + framework.leafCount + " leaves";
        fill(framework, request, checkedTree(request.nodes()));
        audit.record("REPLACE", "Framework", framework.id, framework.ownerRegion, framework.code + " v"
                + framework.version + ": " + before + " -> " + framework.name + ", " + framework.leafCount + " leaves");
        return toResponse(framework);
    }

    @Transactional
    public FrameworkResponse publish(UUID id) {
        return publish(scope.writable(frameworks.findById(id), id));
    }

    /** Publishes a built-in template, at start and without a caller. */
    @Transactional
    public FrameworkResponse publishBuiltIn(UUID id) {
        return publish(find(id));
    }

    private FrameworkResponse publish(FrameworkEntity framework) {
        UUID id = framework.id;
        if (framework.status == FrameworkEntity.Status.PUBLISHED) {
            throw ProblemException.conflict("framework " + id + " is already published");
        }
        framework.status = FrameworkEntity.Status.PUBLISHED;
        framework.publishedAt = OffsetDateTime.now();
        audit.record("PUBLISH", "Framework", framework.id, framework.ownerRegion, framework.code + " v"
                + framework.version + " DRAFT -> PUBLISHED, " + framework.leafCount + " leaves");
        FrameworkResponse published = toResponse(framework);
        library.register(published.nodes(), LibraryService.SOURCE_FRAMEWORK, framework.id,
                framework.code + " v" + framework.version);
        outbox.enqueue(Topics.FRAMEWORK_PUBLISHED, EventTypes.FRAMEWORK_PUBLISHED, framework.code,
                "frameworks/" + framework.id, new FrameworkPublished(framework.id, framework.code, framework.version,
                        framework.name, framework.leafCount));
        return published;
    }

    public FrameworkResponse get(UUID id) {
        return toResponse(scope.readable(frameworks.findById(id), id));
    }

    /** The versions the caller may use: national ones, their region's and enclosing regions', and narrower ones. */
    public Page<FrameworkSummary> list(String code, int page, int size) {
        String region = scope.regionPrefix().orElse(null);
        if (region == null) {
            return new Page<>(List.of(), page, size, 0);
        }
        return frameworks.page(code, region, page, size)
                .map(f -> new FrameworkSummary(f.id, f.code, f.version, f.name, f.status, f.leafCount,
                        f.ownerRegion));
    }

    /** The published version {@code id}, for starting a declaration from it. */
    public FrameworkResponse publishedTemplate(UUID id, String field) {
        FrameworkEntity framework = frameworks.findById(id);
        if (framework == null || !scope.caller().canUse(framework.ownerRegion)) {
            throw ProblemException.invalid(field, "TEMPLATE_UNKNOWN", "framework " + id + " does not exist");
        }
        if (framework.status != FrameworkEntity.Status.PUBLISHED) {
            throw ProblemException.invalid(field, "TEMPLATE_NOT_PUBLISHED",
                    "framework " + id + " is a draft; only published versions can be used as templates");
        }
        return toResponse(framework);
    }

    /**
     * A new draft version of {@code id}'s code, owned by the same region, whose tree starts as a copy of {@code id}'s
     * (draft or published). Needs the same write scope as changing {@code id} itself.
     */
    @Transactional
    public FrameworkResponse newVersion(UUID id) {
        FrameworkEntity source = scope.writable(frameworks.findById(id), id);
        FrameworkEntity copy = new FrameworkEntity();
        copy.id = UUID.randomUUID();
        copy.code = source.code;
        copy.version = frameworks.nextVersion(source.code);
        copy.ownerRegion = source.ownerRegion;
        copy.status = FrameworkEntity.Status.DRAFT;
        copy.createdAt = OffsetDateTime.now();
        copy.name = source.name;
        copy.description = source.description;
        copy.leafCount = source.leafCount;
        copy.tree = source.tree;
        frameworks.persist(copy);
        audit.record("CREATE", "Framework", copy.id, copy.ownerRegion, copy.code + " v" + copy.version
                + " DRAFT, copied from v" + source.version + " (" + source.id + ")");
        return toResponse(copy);
    }

    /** What changed from version {@code against} to version {@code id} of the same code; both must be readable. */
    public FrameworkDiffResponse diff(UUID id, String against) {
        FrameworkEntity to = scope.readable(frameworks.findById(id), id);
        if (against == null || against.isBlank()) {
            throw ProblemException.invalid("against", "REQUIRED", "name the version to compare with: ?against=<id>");
        }
        UUID againstId;
        try {
            againstId = UUID.fromString(against.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("against", "NOT_A_UUID", "against must be a framework id");
        }
        FrameworkEntity from = scope.readable(frameworks.findById(againstId), againstId);
        if (!from.code.equals(to.code)) {
            throw ProblemException.invalid("against", "CODE_MISMATCH", "framework " + againstId + " is a version of "
                    + from.code + ", not of " + to.code + "; only versions of one code can be compared");
        }
        FrameworkDiff diff = FrameworkDiff.between(FrameworkSnapshots.of(toResponse(from).nodes()),
                FrameworkSnapshots.of(toResponse(to).nodes()));
        return new FrameworkDiffResponse(to.code, new VersionRef(from.id, from.version, from.status),
                new VersionRef(to.id, to.version, to.status),
                diff.added().stream().map(n -> new DiffNode(n.code(), n.fields())).toList(),
                diff.removed().stream().map(n -> new DiffNode(n.code(), n.fields())).toList(),
                diff.changed().stream().map(c -> new ChangedNode(c.code(), c.fields().stream()
                        .map(f -> new FrameworkDtos.FieldChange(f.field(), f.oldValue(), f.newValue())).toList()))
                        .toList());
    }

    public boolean exists(String code) {
        return frameworks.count("code", code) > 0;
    }

    private FrameworkEntity find(UUID id) {
        FrameworkEntity framework = frameworks.findById(id);
        if (framework == null) {
            throw ProblemException.notFound("framework", id);
        }
        return framework;
    }

    private void fill(FrameworkEntity framework, FrameworkRequest request, List<FrameworkNode> nodes) {
        framework.name = request.name().strip();
        framework.description = request.description();
        framework.leafCount = FrameworkTrees.countLeaves(nodes);
        try {
            framework.tree = json.writeValueAsString(nodes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates the tree (shape first, then structure, weights, methods) and returns it with targets parsed. */
    static List<FrameworkNode> checkedTree(List<FrameworkNode> nodes) {
        FrameworkTrees.checkShape(nodes, "nodes");
        List<FieldError> errors = FrameworkTrees.errors(FrameworkValidator.validate(FrameworkTrees.toDomain(nodes)));
        List<FrameworkNode> parsed = FrameworkTrees.withParsedTargets(nodes, "nodes", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(FrameworkTrees.capped(errors));
        }
        return parsed;
    }

    private FrameworkResponse toResponse(FrameworkEntity f) {
        try {
            return new FrameworkResponse(f.id, f.code, f.version, f.name, f.description, f.status, f.leafCount,
                    f.createdAt, f.publishedAt, json.readValue(f.tree, TREE), f.ownerRegion);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored framework " + f.id + " is unreadable", e);
        }
    }
}
