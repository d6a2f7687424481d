package org.migrationmptf.mobilisation.api;

/** Where a contributor stands in resource mobilisation: a prospect, a pledge, or a signed agreement. */
public enum PipelineStage {
    PROSPECT, PLEDGED, AGREEMENT_SIGNED
}
