package org.jixiao.indicator.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jixiao.commons.api.Page;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.indicator.domain.framework.IndicatorCategory;
import org.jixiao.indicator.domain.framework.IndicatorSubCategory;
import org.jixiao.indicator.repository.LibraryIndicatorEntity;
import org.jixiao.indicator.repository.LibraryRepository;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkNode;
import org.jixiao.indicator.rest.LibraryDtos.LibraryIndicator;
import org.jixiao.indicator.service.FrameworkTrees.PlacedLeaf;

/** 指标库: every distinct 三级 indicator that was ever published, with how often it was used. */
@ApplicationScoped
public class LibraryService {
    public static final String SOURCE_FRAMEWORK = "FRAMEWORK";
    public static final String SOURCE_DECLARATION = "DECLARATION";

    private final LibraryRepository library;
    private final ObjectMapper json;

    public LibraryService(LibraryRepository library, ObjectMapper json) {
        this.library = library;
        this.json = json;
    }

    /** Adds every leaf of a published tree, or counts one more use of an identical known one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void register(List<FrameworkNode> nodes, String sourceKind, UUID sourceId, String sourceLabel) {
        OffsetDateTime now = OffsetDateTime.now();
        for (PlacedLeaf leaf : FrameworkTrees.placedLeaves(nodes)) {
            FrameworkNode n = leaf.node();
            if (n.name() == null || n.name().isBlank()) {
                continue;
            }
            FrameworkNode definition = FrameworkTrees.copy(n, n.parsedTarget(), List.of());
            LibraryIndicatorEntity e = new LibraryIndicatorEntity();
            e.id = UUID.randomUUID();
            e.name = n.name().strip();
            e.category = name(leaf.category());
            e.subCategory = name(leaf.subCategory());
            e.direction = n.direction() == null ? null : n.direction().name();
            e.target = n.target();
            e.measureUnit = n.measureUnit();
            e.scoringMethod = n.scoringMethod() == null ? null : n.scoringMethod().name();
            e.definitionKey = key(e);
            e.definition = write(definition);
            e.sourceKind = sourceKind;
            e.sourceId = sourceId;
            e.sourceLabel = sourceLabel;
            e.firstPublishedAt = now;
            library.upsert(e);
        }
    }

    public Page<LibraryIndicator> search(String text, IndicatorCategory category, IndicatorSubCategory subCategory,
            int page, int size) {
        String pattern = text == null || text.isBlank() ? null : "%" + escapeLike(text.strip()) + "%";
        return library.search(pattern, name(category), name(subCategory), page, size).map(this::toDto);
    }

    public LibraryIndicator get(UUID id) {
        return toDto(find(id));
    }

    /** The indicator as a node ready to be placed in a declaration; counts the use. */
    @Transactional(Transactional.TxType.MANDATORY)
    public FrameworkNode takeForCopy(UUID id, String field) {
        LibraryIndicatorEntity e = library.findById(id);
        if (e == null) {
            throw ProblemException.invalid(field, "LIBRARY_INDICATOR_UNKNOWN", "library indicator " + id + " does not exist");
        }
        library.countUse(id);
        return read(e.definition);
    }

    private LibraryIndicatorEntity find(UUID id) {
        LibraryIndicatorEntity e = library.findById(id);
        if (e == null) {
            throw ProblemException.notFound("library indicator", id);
        }
        return e;
    }

    private LibraryIndicator toDto(LibraryIndicatorEntity e) {
        return new LibraryIndicator(e.id, e.name, e.category == null ? null : IndicatorCategory.valueOf(e.category),
                e.subCategory == null ? null : IndicatorSubCategory.valueOf(e.subCategory), e.usageCount,
                e.sourceKind, e.sourceLabel, e.firstPublishedAt, read(e.definition));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String key(LibraryIndicatorEntity e) {
        String identity = String.join("\u0001", e.name, String.valueOf(e.category), String.valueOf(e.subCategory),
                String.valueOf(e.direction), String.valueOf(e.target), String.valueOf(e.measureUnit),
                String.valueOf(e.scoringMethod));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private String write(FrameworkNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private FrameworkNode read(String definition) {
        try {
            return json.readValue(definition, FrameworkNode.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored library indicator is unreadable", e);
        }
    }
}
