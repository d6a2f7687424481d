/**
 * Programming: calls for concept notes, concept notes, joint programmes, budgets, commitments, transfers and revisions, each money step authorised by a recorded Steering Committee decision and booked through mobilisation.api. (Its entities arrive with its own issue.)
 */
package org.migrationmptf.programming;
