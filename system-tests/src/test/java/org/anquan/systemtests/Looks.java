package org.anquan.systemtests;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Looks at every page the browser tests visit, once per page and signed-in state: a full-page screenshot at desktop
 * (1366 × 900) and phone (390 × 844) width into target/screens/ for a person to look at, and axe's WCAG 2.1 AA
 * rules, of which no serious or critical violation may stand.
 */
final class Looks {

    static final Path SCREENS = Path.of("target", "screens");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger COUNT = new AtomicInteger();

    private Looks() {
    }

    /** Screenshots and accessibility check of the page the browser shows, unless this page was looked at before. */
    static void look(WebDriver browser) {
        if (!(browser instanceof ChromeDriver chrome)) {
            return;
        }
        URI address = URI.create(browser.getCurrentUrl());
        String path = address.getPath().replaceFirst("^/", "");
        boolean signedIn = Boolean.TRUE.equals(chrome.executeScript("return document.getElementById('logout') !== null;"));
        Object type = chrome.executeScript("return document.contentType;");
        if (path.contains("/api/") || !"text/html".equals(type) || !SEEN.add(path + (signedIn ? "#in" : "#out"))) {
            return;
        }
        String name = "%03d-%s%s".formatted(COUNT.incrementAndGet(), path.isEmpty() ? "home" : path.replaceAll("[^A-Za-z0-9]+", "_"),
                signedIn ? "-signed-in" : "");
        screenshot(chrome, name + "-desktop", 1366, 900, false);
        screenshot(chrome, name + "-phone", 390, 844, true);
        // legacy mode runs axe in the page itself: the default opens a blank window to finish the run, which could
        // leave the driver on another window for the test's next step (the pages have no cross-origin frames)
        String window = browser.getWindowHandle();
        Results results;
        try {
            results = new AxeBuilder().withTags(WCAG).setLegacyMode(true).analyze(browser);
        } finally {
            browser.switchTo().window(window);
            browser.switchTo().defaultContent();
        }
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                problems.add("[" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList());
            }
        }
        assertThat(problems).as("axe (WCAG 2.1 AA) on " + address).isEmpty();
    }

    private static void screenshot(ChromeDriver chrome, String name, int width, int height, boolean mobile) {
        try {
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                    "deviceScaleFactor", 1, "mobile", mobile));
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                    .get("cssContentSize");
            double pageHeight = Math.min(8000, ((Number) size.get("height")).doubleValue());
            Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width,
                            "height", Math.max(height, pageHeight), "scale", 1)));
            Files.createDirectories(SCREENS);
            Files.write(SCREENS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
