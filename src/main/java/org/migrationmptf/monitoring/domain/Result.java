package org.migrationmptf.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.migrationmptf.platform.audit.AuditedEntity;

/**
 * A result a programme works towards: an outcome (the change it aims at) or an output (what it delivers towards
 * an outcome). Part of the programme's results framework, which its lead organisation sets.
 */
@Entity
@Table(name = "result", schema = "monitoring")
public class Result extends AuditedEntity {

    public static final String OUTCOME = "OUTCOME";
    public static final String OUTPUT = "OUTPUT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private Result parent;

    @Column(name = "result_level", nullable = false, length = 7, updatable = false)
    private String level;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 1000)
    private String statement;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Result() {
    }

    private Result(long programmeId, Result parent, String level, String code, String statement, int sortOrder) {
        this.programmeId = programmeId;
        this.parent = parent;
        this.level = level;
        this.code = code.strip();
        this.statement = statement.strip();
        this.sortOrder = sortOrder;
    }

    public static Result outcome(long programmeId, String code, String statement, int sortOrder) {
        return new Result(programmeId, null, OUTCOME, code, statement, sortOrder);
    }

    public Result output(String code, String statement, int sortOrder) {
        if (!OUTCOME.equals(level)) {
            throw new IllegalStateException("Outputs belong to an outcome");
        }
        return new Result(programmeId, this, OUTPUT, code, statement, sortOrder);
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public Result getParent() {
        return parent;
    }

    public String getLevel() {
        return level;
    }

    public String getCode() {
        return code;
    }

    public String getStatement() {
        return statement;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
