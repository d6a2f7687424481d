package org.migrationmptf.governance.api;

/** The constituency a Steering Committee member sits for. */
public enum Constituency {
    UN_ORGANISATION, CONTRIBUTING_STATE, NON_CONTRIBUTING_STATE, CIVIL_SOCIETY
}
