package org.jixiao.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.jixiao.budget.repository.UnitEntity;
import org.jixiao.budget.repository.UnitRepository;
import org.jixiao.commons.api.Page;
import org.jixiao.budget.rest.UnitDtos.UnitRequest;
import org.jixiao.budget.rest.UnitDtos.UnitResponse;
import org.jixiao.commons.audit.AuditTrail;
import org.jixiao.commons.problem.ProblemException;

@ApplicationScoped
public class UnitService {
    private final UnitRepository units;
    private final UnitScope scope;
    private final AuditTrail audit;

    public UnitService(UnitRepository units, UnitScope scope, AuditTrail audit) {
        this.units = units;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional
    public UnitResponse register(UnitRequest request) {
        scope.requireVisibleRegion(request.regionCode());
        if (units.findById(request.unitCode()) != null) {
            throw ProblemException.conflict("unit " + request.unitCode() + " is already registered");
        }
        if (request.parentCode() != null && !visible(request.parentCode())) {
            throw ProblemException.invalid("parentCode", "UNKNOWN_UNIT", "no unit " + request.parentCode());
        }
        UnitEntity unit = new UnitEntity();
        unit.code = request.unitCode();
        unit.name = request.name().strip();
        unit.type = request.type().name();
        unit.regionCode = request.regionCode();
        unit.parentCode = request.parentCode();
        unit.createdAt = unit.updatedAt = OffsetDateTime.now();
        units.persist(unit);
        audit.record("REGISTER", "Unit", unit.code, unit.regionCode, unit.name + ", " + unit.type
                + (unit.parentCode == null ? "" : ", parent " + unit.parentCode));
        return toResponse(unit);
    }

    private boolean visible(String code) {
        try {
            scope.visibleUnit(code);
            return true;
        } catch (ProblemException notFound) {
            return false;
        }
    }

    public UnitResponse get(String code) {
        return toResponse(scope.visibleUnit(code));
    }

    /** Units under {@code regionPrefix} that the caller may see: rows outside their scope are not counted either. */
    public Page<UnitResponse> list(String regionPrefix, int page, int size) {
        String callerRegion = scope.regionPrefix().orElse(null);
        if (callerRegion == null) {
            return new Page<>(List.of(), page, size, 0);
        }
        String ownUnit = scope.ownUnitOnly().orElse(null);
        List<UnitResponse> items = units.inRegion(regionPrefix, callerRegion, ownUnit, page, size).stream()
                .map(UnitService::toResponse).toList();
        return new Page<>(items, page, size, units.countInRegion(regionPrefix, callerRegion, ownUnit));
    }

    static UnitResponse toResponse(UnitEntity unit) {
        return new UnitResponse(unit.code, unit.name, org.jixiao.budget.domain.UnitType.valueOf(unit.type),
                unit.regionCode, unit.parentCode);
    }
}
