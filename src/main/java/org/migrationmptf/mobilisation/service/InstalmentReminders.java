package org.migrationmptf.mobilisation.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.migrationmptf.platform.schedule.ScheduledWork;

/**
 * Flags overdue instalments for follow-up: at every interval (MPTF_SCHEDULE_INSTALMENT_REMINDERS, an ISO-8601
 * duration, daily by default), one instance, whichever claims the slot first, records a reminder for each
 * instalment past its due day and not fully received. The timer is not persistent: each instance sets it again at
 * start, aligned to the slot boundaries, so that all instances tick together and the claim decides.
 */
@Singleton
@Startup
public class InstalmentReminders {

    static final String JOB = "instalment-reminders";
    private static final Logger LOG = Logger.getLogger(InstalmentReminders.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ScheduledWork work;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "mptf.schedule.instalment-reminders", defaultValue = "PT24H")
    Duration interval;

    @PostConstruct
    void schedule() {
        long every = Math.max(1000, interval.toMillis());
        long untilNextSlot = every - System.currentTimeMillis() % every;
        timers.createIntervalTimer(untilNextSlot, every, new TimerConfig(JOB, false));
        LOG.info(() -> JOB + ": every " + interval + ", first in " + untilNextSlot / 1000 + " s, as " + ScheduledWork.instance());
    }

    /** The reminders and the run's outcome are written in one transaction: both or neither. */
    @Timeout
    void tick() {
        String slot = ScheduledWork.slot(Instant.now(), Math.max(1000, interval.toMillis()));
        try {
            if (!work.claim(JOB, slot)) {
                LOG.fine(() -> JOB + " slot " + slot + " is another instance's");
                return;
            }
            int reminded = remindOverdue(slot, LocalDate.now());
            work.finish(JOB, slot, reminded + " overdue instalment(s) reminded");
        } catch (RuntimeException e) {
            // The database may be away: the next tick tries again; readiness says why in the meantime.
            LOG.log(Level.WARNING, JOB + " slot " + slot + " did not run: " + e.getMessage());
            ScheduledWork.failed(JOB, slot, e.getClass().getSimpleName());
        }
    }

    private int remindOverdue(String slot, LocalDate today) {
        return em.createNativeQuery("insert into mobilisation.instalment_reminder"
                        + " (instalment_id, run_slot, outstanding, reminded_at)"
                        + " select i.id, ?1, i.amount - coalesce(d.received, 0), ?2 from mobilisation.instalment i"
                        + " left join (select dd.instalment_id, sum(dd.amount) as received from mobilisation.deposit dd"
                        + "   where not exists (select 1 from mobilisation.journal r where r.reverses_id = dd.journal_id)"
                        + "   group by dd.instalment_id) d on d.instalment_id = i.id"
                        + " where i.due_on < ?3 and i.amount > coalesce(d.received, 0)")
                .setParameter(1, slot).setParameter(2, Timestamp.valueOf(LocalDateTime.now()))
                .setParameter(3, Date.valueOf(today)).executeUpdate();
    }
}
