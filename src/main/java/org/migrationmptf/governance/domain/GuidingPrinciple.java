package org.migrationmptf.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One of the ten cross-cutting guiding principles of the Global Compact; concept notes are assessed against them. */
@Entity
@Table(name = "guiding_principle", schema = "governance")
@NamedQuery(name = "GuidingPrinciple.findAll", query = "select p from GuidingPrinciple p order by p.number")
public class GuidingPrinciple {

    @Id
    @Column(name = "id")
    private int number;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 1000)
    private String description;

    protected GuidingPrinciple() {
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }
}
