package org.migrationmptf.governance.api;

import java.time.LocalDate;

/** A Steering Committee member and their term. */
public record CommitteeMemberView(long id, String fullName, Constituency constituency, String seat,
                                  LocalDate termStart, LocalDate termEnd, boolean chair, String userName,
                                  long version) {
}
