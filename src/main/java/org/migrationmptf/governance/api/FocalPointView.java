package org.migrationmptf.governance.api;

/** A user who acts for a Participating UN Organisation. */
public record FocalPointView(long id, String organisation, String userName, String fullName, String email,
                             boolean active) {
}
