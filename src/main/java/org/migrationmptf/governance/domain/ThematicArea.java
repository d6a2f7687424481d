package org.migrationmptf.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.migrationmptf.platform.audit.AuditedEntity;
import org.migrationmptf.platform.problem.BusinessRuleException;

/**
 * A thematic area of one fund: contributions can be earmarked to it and each joint programme belongs to one. The
 * GCM objectives it holds are {@link ObjectiveAssignment}s.
 */
@Entity
@Table(name = "thematic_area", schema = "governance")
@NamedQuery(name = "ThematicArea.findByFund",
        query = "select a from ThematicArea a where a.fund.code = :fund order by a.number")
public class ThematicArea extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fund_id", nullable = false, updatable = false)
    private Fund fund;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 200)
    private String name;

    protected ThematicArea() {
    }

    ThematicArea(Fund fund, int number, String name) {
        this.fund = fund;
        this.number = number;
        this.name = name;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new BusinessRuleException("name", "A thematic area needs a name");
        }
        this.name = newName.strip();
    }

    public boolean belongsTo(Fund other) {
        return fund.getId().equals(other.getId());
    }

    public Long getId() {
        return id;
    }

    public Fund getFund() {
        return fund;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }
}
