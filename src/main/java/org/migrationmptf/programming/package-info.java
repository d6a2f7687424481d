/**
 * Programming: from a call for concept notes to a financially closed joint programme. Focal points draft notes and
 * programme documents for their organisation; notes are screened at submission, reviewed and ranked; the Steering
 * Committee's decisions (asked through governance.api) endorse, approve, instruct tranches and approve revisions;
 * money is committed, transferred, released and refunded only through mobilisation.api, each step locking the
 * programme so that concurrent tranches never exceed an organisation's share. Lists read programmes as columns and
 * keep each programme's organisations, regions and budget total per version (service.ProgrammeSatellites), so a page
 * costs the same two or three statements whatever its size. The concept notes list keeps its totals per filter until
 * a note changes (service.NoteTotals, keyed by the notes' change number, platform.persistence.ChangeNumbers).
 */
package org.migrationmptf.programming;
