package org.jixiao.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.jixiao.budget.repository.UnitEntity;
import org.jixiao.budget.repository.UnitRepository;
import org.jixiao.budget.rest.UnitDtos.UnitPage;
import org.jixiao.budget.rest.UnitDtos.UnitRequest;
import org.jixiao.budget.rest.UnitDtos.UnitResponse;
import org.jixiao.commons.problem.ProblemException;

@ApplicationScoped
public class UnitService {
    private final UnitRepository units;

    public UnitService(UnitRepository units) {
        this.units = units;
    }

    @Transactional
    public UnitResponse register(UnitRequest request) {
        if (units.findById(request.code()) != null) {
            throw ProblemException.conflict("unit " + request.code() + " is already registered");
        }
        if (request.parentCode() != null && units.findById(request.parentCode()) == null) {
            throw ProblemException.invalid("parentCode", "UNKNOWN_UNIT", "no unit " + request.parentCode());
        }
        UnitEntity unit = new UnitEntity();
        unit.code = request.code();
        unit.name = request.name().strip();
        unit.type = request.type().name();
        unit.regionCode = request.regionCode();
        unit.parentCode = request.parentCode();
        unit.createdAt = unit.updatedAt = OffsetDateTime.now();
        units.persist(unit);
        return toResponse(unit);
    }

    public UnitResponse get(String code) {
        UnitEntity unit = units.findById(code);
        if (unit == null) {
            throw ProblemException.notFound("unit", code);
        }
        return toResponse(unit);
    }

    public UnitPage list(String regionPrefix, int page, int size) {
        List<UnitResponse> items = units.inRegion(regionPrefix, page, size).stream().map(UnitService::toResponse).toList();
        return new UnitPage(items, page, size, units.countInRegion(regionPrefix));
    }

    static UnitResponse toResponse(UnitEntity unit) {
        return new UnitResponse(unit.code, unit.name, org.jixiao.budget.domain.UnitType.valueOf(unit.type),
                unit.regionCode, unit.parentCode);
    }
}
