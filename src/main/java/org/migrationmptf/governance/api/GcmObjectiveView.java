package org.migrationmptf.governance.api;

/** A GCM objective with the thematic area it belongs to. */
public record GcmObjectiveView(int number, String title, int thematicArea, String thematicAreaName) {
}
