package org.migrationmptf.governance.api;

import java.util.List;

/** A thematic area and the numbers of the GCM objectives it holds. */
public record ThematicAreaView(int number, String name, List<Integer> objectives) {
}
