package org.migrationmptf.governance.api;

/** What a Steering Committee decision does; programming acts only on a decision of the right type. */
public enum DecisionType {
    ENDORSE_PIPELINE, APPROVE_ALLOCATION, INSTRUCT_TRANSFER, APPROVE_DIRECT_COST, APPROVE_REVISION, ALLOCATION_STRATEGY, OTHER
}
