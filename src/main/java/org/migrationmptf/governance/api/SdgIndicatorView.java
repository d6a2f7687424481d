package org.migrationmptf.governance.api;

/** An SDG indicator results can be tagged with. */
public record SdgIndicatorView(String code, String target, String description) {
}
