/**
 * The shared kernel every module may use: money (Money), audit columns, security (roles, the current user, the one authentication mechanism for pages and API), RFC 9457 problem mapping, health checks, paging and list queries built from the filters given (persistence.Where), read-only list transactions with nothing flushed at commit (persistence.ReadOnlyLists), values remembered under the version of what they were computed from (persistence.VersionedMemory), change numbers raised by every transaction that changes a record of a marked kind (persistence.ChangeNumbers, @ChangeNumbered), the language switch and the Flyway start-up that migrates every module's schema before anything reads it. It depends on no business module.
 */
package org.migrationmptf.platform;
