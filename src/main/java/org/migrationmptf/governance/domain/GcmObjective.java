package org.migrationmptf.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration. Every proposal says
 * which objectives it addresses, and the fund reports its money by objective. Identified by its official number.
 */
@Entity
@Table(name = "gcm_objective", schema = "governance")
@NamedQuery(name = "GcmObjective.findAll", query = "select o from GcmObjective o order by o.number")
public class GcmObjective {

    @Id
    @Column(name = "id")
    private int number;

    @Column(nullable = false, length = 300)
    private String title;

    protected GcmObjective() {
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }
}
