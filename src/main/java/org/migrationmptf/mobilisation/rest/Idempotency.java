package org.migrationmptf.mobilisation.rest;

/**
 * Bookings take an {@code Idempotency-Key} header: a request repeated with the same key (after a timeout, a
 * dropped connection) books nothing more and answers with the first booking.
 */
final class Idempotency {

    static final String HEADER = "Idempotency-Key";

    private Idempotency() {
    }
}
