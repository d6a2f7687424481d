package org.migrationmptf.governance.service;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.governance.api.GcmObjectiveView;
import org.migrationmptf.governance.api.ThematicAreaView;
import org.migrationmptf.governance.domain.Fund;
import org.migrationmptf.governance.domain.GcmObjective;
import org.migrationmptf.governance.domain.ObjectiveAssignment;
import org.migrationmptf.governance.domain.ThematicArea;

/** A fund's thematic areas with their objectives, in two queries whatever their number. */
final class ThematicAreasQuery {

    private ThematicAreasQuery() {
    }

    static List<ThematicAreaView> areas(EntityManager em, Fund fund) {
        List<ThematicArea> areas = em.createNamedQuery("ThematicArea.findByFund", ThematicArea.class)
                .setParameter("fund", fund.getCode()).getResultList();
        Map<Long, List<Integer>> objectivesByArea = new LinkedHashMap<>();
        areas.forEach(area -> objectivesByArea.put(area.getId(), new ArrayList<>()));
        List<ObjectiveAssignment> assignments = assignments(em, fund);
        for (ObjectiveAssignment a : assignments) {
            objectivesByArea.get(a.getArea().getId()).add(a.getObjectiveNumber());
        }
        return areas.stream()
                .map(a -> new ThematicAreaView(a.getNumber(), a.getName(), objectivesByArea.getOrDefault(a.getId(), List.of())))
                .toList();
    }

    static List<GcmObjectiveView> objectives(EntityManager em, Fund fund) {
        Map<Integer, ObjectiveAssignment> byObjective = new LinkedHashMap<>();
        for (ObjectiveAssignment a : assignments(em, fund)) {
            byObjective.put(a.getObjectiveNumber(), a);
        }
        return em.createNamedQuery("GcmObjective.findAll", GcmObjective.class).getResultList().stream()
                .map(o -> {
                    ObjectiveAssignment a = byObjective.get(o.getNumber());
                    return new GcmObjectiveView(o.getNumber(), o.getTitle(), a == null ? 0 : a.getArea().getNumber(),
                            a == null ? null : a.getArea().getName());
                })
                .toList();
    }

    private static List<ObjectiveAssignment> assignments(EntityManager em, Fund fund) {
        return em.createNamedQuery("ObjectiveAssignment.findByFund", ObjectiveAssignment.class)
                .setParameter("fundId", fund.getId()).getResultList();
    }
}
