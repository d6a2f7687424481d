package org.migrationmptf.platform.security;

import java.util.List;

/**
 * The six roles of the fund's people (DOMAIN.md). The user registry's group names are these names, so no
 * role-binding file is needed. Constants, so that {@code @RolesAllowed} can name them.
 */
public final class Roles {

    /** Fund Management Unit (the secretariat): sets up the fund, runs calls, prepares the Steering Committee. */
    public static final String FUND_MANAGER = "FUND_MANAGER";
    /** Steering Committee member: reads everything the committee decides on; the chair records decisions. */
    public static final String SC_MEMBER = "SC_MEMBER";
    /** Finance officer of the Administrative Agent (the MPTF Office): records and moves the money. */
    public static final String ADMIN_AGENT = "ADMIN_AGENT";
    /** Focal point of one Participating UN Organisation: sees and submits its own organisation's records. */
    public static final String PUNO_FOCAL_POINT = "PUNO_FOCAL_POINT";
    /** A contributing government or organisation: reads its own contributions and the public reports. */
    public static final String CONTRIBUTOR = "CONTRIBUTOR";
    /** Internal or external audit: reads everything, including the history of every change. */
    public static final String AUDITOR = "AUDITOR";

    public static final List<String> ALL =
            List.of(FUND_MANAGER, SC_MEMBER, ADMIN_AGENT, PUNO_FOCAL_POINT, CONTRIBUTOR, AUDITOR);

    private Roles() {
    }
}
