package org.migrationmptf.monitoring.api;

/**
 * The fund's dashboard: contributions against the target and where the money stands, allocations by thematic area,
 * region, organisation, scope and status, the pipeline against the money available, delivery per organisation and
 * per programme, markers, GCM objective coverage by money, and overdue reports. Every figure is summed in the
 * database: the dashboard costs a fixed number of SQL statements whatever the number of programmes.
 */
public interface Dashboard {

    /**
     * The dashboard of the fund as of today. The pipeline is shown to those who read it (the FMU, the Steering
     * Committee, auditors) and is empty for others. In the GCM objective coverage a programme counts fully toward
     * each objective its concept note addresses, so objectives add up to more than the money allocated; likewise a
     * programme working in several regions counts fully in each.
     */
    DashboardView dashboard(String fund);
}
