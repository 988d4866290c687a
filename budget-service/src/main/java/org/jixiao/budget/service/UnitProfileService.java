package org.jixiao.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.jixiao.budget.repository.UnitProfileEntity;
import org.jixiao.budget.repository.UnitProfileRepository;
import org.jixiao.budget.rest.UnitDtos.UnitProfileRequest;
import org.jixiao.budget.rest.UnitDtos.UnitProfileResponse;
import org.jixiao.commons.audit.AuditTrail;
import org.jixiao.commons.problem.ProblemException;

@ApplicationScoped
public class UnitProfileService {
    private final UnitScope scope;
    private final UnitProfileRepository profiles;
    private final AuditTrail audit;

    public UnitProfileService(UnitScope scope, UnitProfileRepository profiles, AuditTrail audit) {
        this.scope = scope;
        this.profiles = profiles;
        this.audit = audit;
    }

    /** Creates or replaces a unit's profile for a year; an identical PUT keeps the version. */
    @Transactional
    public UnitProfileResponse put(String unitCode, int fiscalYear, UnitProfileRequest request) {
        String regionCode = scope.writableUnit(unitCode).regionCode;
        String[] departments = strip(request.internalDepartments());
        String[] institutions = strip(request.affiliatedInstitutions());
        String[] responsibilities = strip(request.responsibilities());
        UnitProfileEntity profile = profiles.find(unitCode, fiscalYear);
        if (profile != null && Arrays.equals(profile.internalDepartments, departments)
                && Arrays.equals(profile.affiliatedInstitutions, institutions)
                && Arrays.equals(profile.responsibilities, responsibilities)
                && java.util.Objects.equals(profile.authorisedPosts, request.authorisedPosts())
                && java.util.Objects.equals(profile.staffInPost, request.staffInPost())) {
            return toResponse(profile);
        }
        if (profile == null) {
            profile = new UnitProfileEntity();
            profile.id = new UnitProfileEntity.Key(unitCode, fiscalYear);
        }
        profile.internalDepartments = departments;
        profile.affiliatedInstitutions = institutions;
        profile.responsibilities = responsibilities;
        profile.authorisedPosts = request.authorisedPosts();
        profile.staffInPost = request.staffInPost();
        profile.version++;
        profile.updatedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        profiles.persist(profile);
        audit.record("UPDATE_PROFILE", "UnitProfile", unitCode + "/" + fiscalYear, regionCode,
                "version " + (profile.version - 1) + " -> " + profile.version + ", authorised posts "
                        + profile.authorisedPosts + ", staff in post " + profile.staffInPost);
        return toResponse(profile);
    }

    public UnitProfileResponse get(String unitCode, int fiscalYear) {
        scope.visibleUnit(unitCode);
        UnitProfileEntity profile = profiles.find(unitCode, fiscalYear);
        if (profile == null) {
            throw ProblemException.notFound("profile of unit " + unitCode + " for year", fiscalYear);
        }
        return toResponse(profile);
    }

    private static String[] strip(List<String> items) {
        return items == null ? new String[0] : items.stream().map(String::strip).toArray(String[]::new);
    }

    private static UnitProfileResponse toResponse(UnitProfileEntity p) {
        return new UnitProfileResponse(p.id.unitCode, p.id.fiscalYear, p.version, List.of(p.internalDepartments),
                List.of(p.affiliatedInstitutions), p.authorisedPosts, p.staffInPost, List.of(p.responsibilities),
                p.updatedAt);
    }
}
