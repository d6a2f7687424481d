package org.migrationmptf.governance.service;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.migrationmptf.governance.domain.Fund;
import org.migrationmptf.platform.problem.RecordNotFoundException;

/** Finding a fund by its code, for every service of the module. */
final class FundLookup {

    private FundLookup() {
    }

    static Fund byCode(EntityManager em, String code) {
        List<Fund> found = code == null ? List.of() : em.createNamedQuery("Fund.findByCode", Fund.class)
                .setParameter("code", code.strip().toUpperCase()).getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("code", "No fund has the code " + code);
        }
        return found.get(0);
    }
}
