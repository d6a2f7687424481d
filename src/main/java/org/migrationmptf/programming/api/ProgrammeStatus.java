package org.migrationmptf.programming.api;

/**
 * Where a joint programme stands: drafted from an invited concept note, submitted, approved (money committed),
 * active from its first transfer, operationally closed after its end date, financially closed when every
 * organisation has reported final expenditure and returned what it did not spend. Suspended and cancelled on the
 * side.
 */
public enum ProgrammeStatus {
    DRAFT, SUBMITTED, APPROVED, ACTIVE, SUSPENDED, OPERATIONALLY_CLOSED, FINANCIALLY_CLOSED, CANCELLED
}
