/**
 * Scheduled work that runs once across instances: a job's timer ticks on every instance, and the instance that
 * claims the slot in the database ({@link org.migrationmptf.platform.schedule.ScheduledWork}) does the work.
 */
package org.migrationmptf.platform.schedule;
