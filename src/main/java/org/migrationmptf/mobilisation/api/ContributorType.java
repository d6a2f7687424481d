package org.migrationmptf.mobilisation.api;

/** What kind of contributor a government or organisation is. */
public enum ContributorType {
    GOVERNMENT, PRIVATE_SECTOR, FOUNDATION, MULTILATERAL, OTHER
}
