package org.migrationmptf.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migrationmptf.it.ItSupport.anonymous;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduled work on a real server: the instalment reminders run (every 3 s here, MPTF_SCHEDULE_INSTALMENT_REMINDERS
 * set by the build), claim their slot, remind the demo fund's overdue instalments, and readiness says so. That it
 * runs once across two instances is shown by scripts/resilience.sh.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledWorkIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    @Test
    void theInstalmentRemindersRunAndReadinessSaysWhatTheyDid() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String lastTick = null;
        while (Instant.now().isBefore(deadline)) {
            JsonPath ready = anonymous().get("/health/ready").then().extract().jsonPath();
            Map<String, Object> data = ready.getMap("checks.find { it.name == 'scheduled-work' }.data");
            assertTrue(data != null && data.get("instance") != null, "readiness has a scheduled-work check: "
                    + ready.prettify());
            lastTick = (String) data.get("instalment-reminders");
            if (lastTick != null && lastTick.contains("done by this instance")) {
                break;
            }
            Thread.sleep(500);
        }
        assertTrue(lastTick != null && lastTick.matches(".*slot \\d+ done by this instance: [1-9]\\d* overdue instalment\\(s\\) reminded"),
                "the job ran and reminded the demo fund's overdue instalments: " + lastTick);
    }
}
