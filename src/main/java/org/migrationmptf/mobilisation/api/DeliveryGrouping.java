package org.migrationmptf.mobilisation.api;

/** How delivery figures are grouped: per programme or per organisation. */
public enum DeliveryGrouping {
    PROGRAMME, ORGANISATION
}
