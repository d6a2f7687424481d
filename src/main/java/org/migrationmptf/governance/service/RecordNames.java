package org.migrationmptf.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;

/**
 * Funds' codes and organisations' acronyms by id, kept in memory: lists show them on every row, and both never
 * change once given (a fund's code is its identity; an organisation's acronym is refused a change, see
 * OrganisationService#update) and neither is ever deleted. So what is known stays true on every instance; an id not
 * known yet (a fund or organisation created since, here or on another instance) makes the next lookup read them
 * all again, in one statement.
 */
@ApplicationScoped
public class RecordNames {

    @PersistenceContext
    EntityManager em;

    private volatile Map<Long, String> fundCodes = Map.of();
    private volatile Map<Long, String> acronyms = Map.of();

    /** Every known fund code by id, with at least these ids' (where they exist). */
    public Map<Long, String> fundCodes(Collection<Long> ids) {
        Map<Long, String> known = fundCodes;
        if (!known.keySet().containsAll(ids)) {
            known = read("select f.id, f.code from Fund f");
            fundCodes = known;
        }
        return known;
    }

    /** The id of the fund with this code (any case), or an unknown fund's 404. */
    public long fundId(String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase();
        for (int attempt = 0; attempt < 2; attempt++) {
            for (Map.Entry<Long, String> fund : fundCodes.entrySet()) {
                if (fund.getValue().equals(wanted)) {
                    return fund.getKey();
                }
            }
            if (attempt == 0) {
                fundCodes = read("select f.id, f.code from Fund f");
            }
        }
        throw new org.migrationmptf.platform.problem.RecordNotFoundException("code", "No fund has the code " + code);
    }

    /** Every known acronym by organisation id, with at least these ids' (where they exist). */
    public Map<Long, String> acronyms(Collection<Long> ids) {
        Map<Long, String> known = acronyms;
        if (known.isEmpty() || !known.keySet().containsAll(ids)) {
            known = read("select o.id, o.acronym from ParticipatingOrganisation o");
            acronyms = known;
        }
        return known;
    }

    private Map<Long, String> read(String query) {
        Map<Long, String> byId = new java.util.HashMap<>();
        em.createQuery(query, Object[].class).getResultList().forEach(row -> byId.put((Long) row[0], (String) row[1]));
        return Map.copyOf(byId);
    }
}
