package org.jixiao.indicator.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jixiao.commons.problem.Problem.FieldError;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.indicator.domain.framework.FrameworkValidator;
import org.jixiao.indicator.domain.framework.IndicatorDefinition;
import org.jixiao.indicator.domain.framework.Severity;
import org.jixiao.indicator.domain.framework.ValidationIssue;
import org.jixiao.indicator.domain.target.TargetParseException;
import org.jixiao.indicator.domain.target.TargetValueParser;
import org.jixiao.indicator.repository.FrameworkEntity;
import org.jixiao.indicator.repository.FrameworkRepository;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkNode;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkRequest;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkResponse;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkSummary;
import org.jixiao.indicator.rest.FrameworkDtos.ParsedTarget;

@ApplicationScoped
public class FrameworkService {
    private static final TypeReference<List<FrameworkNode>> TREE = new TypeReference<>() {
    };

    private final FrameworkRepository frameworks;
    private final ObjectMapper json;

    public FrameworkService(FrameworkRepository frameworks, ObjectMapper json) {
        this.frameworks = frameworks;
        this.json = json;
    }

    /** Stores a new draft version of the framework {@code code}; refuses a malformed tree whole. */
    @Transactional
    public FrameworkResponse create(FrameworkRequest request) {
        List<FrameworkNode> nodes = checkedTree(request.nodes());
        FrameworkEntity framework = new FrameworkEntity();
        framework.id = UUID.randomUUID();
        framework.code = request.code();
        framework.version = frameworks.nextVersion(request.code());
        framework.status = FrameworkEntity.Status.DRAFT;
        framework.createdAt = OffsetDateTime.now();
        fill(framework, request, nodes);
        frameworks.persist(framework);
        return toResponse(framework);
    }

    @Transactional
    public FrameworkResponse replaceDraft(UUID id, FrameworkRequest request) {
        FrameworkEntity framework = find(id);
        if (framework.status != FrameworkEntity.Status.DRAFT) {
            throw ProblemException.conflict("framework " + id + " is published and cannot change; create a new version");
        }
        if (!framework.code.equals(request.code())) {
            throw ProblemException.invalid("code", "CODE_CHANGED", "a version keeps the code " + framework.code);
        }
        fill(framework, request, checkedTree(request.nodes()));
        return toResponse(framework);
    }

    @Transactional
    public FrameworkResponse publish(UUID id) {
        FrameworkEntity framework = find(id);
        if (framework.status == FrameworkEntity.Status.PUBLISHED) {
            throw ProblemException.conflict("framework " + id + " is already published");
        }
        framework.status = FrameworkEntity.Status.PUBLISHED;
        framework.publishedAt = OffsetDateTime.now();
        return toResponse(framework);
    }

    public FrameworkResponse get(UUID id) {
        return toResponse(find(id));
    }

    public List<FrameworkSummary> list(String code, int page, int size) {
        return frameworks.page(code, page, size).stream()
                .map(f -> new FrameworkSummary(f.id, f.code, f.version, f.name, f.status.name(), f.leafCount))
                .toList();
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
        framework.leafCount = countLeaves(nodes);
        try {
            framework.tree = json.writeValueAsString(nodes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates the tree (structure, weights, methods) and returns it with every leaf's target parsed. */
    private List<FrameworkNode> checkedTree(List<FrameworkNode> nodes) {
        List<FieldError> errors = new ArrayList<>();
        for (ValidationIssue issue : FrameworkValidator.validate(nodes.stream().map(FrameworkService::toDomain).toList())) {
            if (issue.severity() == Severity.ERROR) {
                errors.add(new FieldError(issue.path(), issue.code(), issue.message()));
            }
        }
        List<FrameworkNode> parsed = withParsedTargets(nodes, "nodes", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return parsed;
    }

    private static List<FrameworkNode> withParsedTargets(List<FrameworkNode> nodes, String path, List<FieldError> errors) {
        List<FrameworkNode> result = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            FrameworkNode n = nodes.get(i);
            String here = path + "[" + i + "]";
            ParsedTarget target = null;
            if (n.target() != null && !n.target().isBlank()) {
                try {
                    target = ParsedTarget.of(TargetValueParser.parse(n.target()));
                } catch (TargetParseException e) {
                    errors.add(new FieldError(here + ".target", e.code(), e.getMessage()));
                }
            }
            List<FrameworkNode> children = n.children() == null ? List.of()
                    : withParsedTargets(n.children(), here + ".children", errors);
            result.add(new FrameworkNode(n.code(), n.name(), n.level(), n.weight(), n.category(), n.subCategory(),
                    n.direction(), n.target(), n.measureUnit(), n.scoringMethod(), n.methodParameters(),
                    n.scoringRule(), n.origin(), n.dataBinding(), target, children));
        }
        return result;
    }

    private static IndicatorDefinition toDomain(FrameworkNode n) {
        List<IndicatorDefinition> children = n.children() == null ? List.of()
                : n.children().stream().map(FrameworkService::toDomain).toList();
        return new IndicatorDefinition(n.code(), n.name(), n.level(), n.weight(), n.category(), n.subCategory(),
                n.direction(), n.target(), n.measureUnit(), n.scoringMethod(), n.scoringRule(), n.origin(),
                n.dataBinding(), children);
    }

    private static int countLeaves(List<FrameworkNode> nodes) {
        int leaves = 0;
        for (FrameworkNode n : nodes) {
            leaves += n.children() == null || n.children().isEmpty() ? 1 : countLeaves(n.children());
        }
        return leaves;
    }

    private FrameworkResponse toResponse(FrameworkEntity f) {
        try {
            return new FrameworkResponse(f.id, f.code, f.version, f.name, f.description, f.status.name(), f.leafCount,
                    f.createdAt, f.publishedAt, json.readValue(f.tree, TREE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored framework " + f.id + " is unreadable", e);
        }
    }
}
