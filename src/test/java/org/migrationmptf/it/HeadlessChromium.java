package org.migrationmptf.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser of the browser tests: Debian's headless Chromium and ChromeDriver. Where they are not installed the
 * test class is skipped with a message, or fails with -Dbrowser.required=true (CI sets it).
 */
final class HeadlessChromium {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Logger LOG = Logger.getLogger(HeadlessChromium.class.getName());

    private HeadlessChromium() {
    }

    /** A new browser with its own profile under target/ (so test classes do not share cookies). */
    static WebDriver start(String profile, String windowSize, String... moreArguments) throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            String message = "Browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                    + CHROMEDRIVER + ")";
            if (Boolean.getBoolean("browser.required")) {
                fail(message + ": browser.required=true");
            }
            LOG.warning("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        System.setProperty("SE_OFFLINE", "true");
        Path directory = Files.createDirectories(Path.of("target", "chromium-profile-" + profile));
        List<String> arguments = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=" + windowSize, "--lang=en-GB",
                "--user-data-dir=" + directory.toAbsolutePath()));
        arguments.addAll(List.of(moreArguments));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(arguments);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build(),
                options);
    }
}
