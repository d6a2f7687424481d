/**
 * Programming: calls for concept notes and concept notes (drafted by a focal point for its organisation, screened automatically at submission); joint programmes, approvals, transfers, revisions and closure come next. Money moves only through mobilisation.api, each step on a Steering Committee decision asked through governance.api.
 */
package org.migrationmptf.programming;
