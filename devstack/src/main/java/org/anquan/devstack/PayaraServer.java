package org.anquan.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A Payara Server domain of our own, driven through asadmin on JDK 17. */
public final class PayaraServer {

    /**
     * Request threads of the HTTP listener: half the application's connection pool (64, see the platform's
     * {@code Database}), because a request that opens a transaction of its own (REQUIRES_NEW) holds two connections
     * at once; with as many threads as connections, every thread could hold one and wait for a second forever.
     */
    public static final int REQUEST_THREADS = 32;

    private final Path home;
    private final Path domainsDir;
    private final String domain;
    private final int portBase;
    private final Map<String, String> environment;

    public PayaraServer(Path home, Path domainsDir, String domain, int portBase, Map<String, String> applicationEnvironment) {
        this.home = home;
        this.domainsDir = domainsDir;
        this.domain = domain;
        this.portBase = portBase;
        this.environment = new HashMap<>(applicationEnvironment);
        this.environment.put("AS_JAVA", System.getProperty("java.home"));
    }

    public int httpPort() {
        return portBase + 80;
    }

    public int adminPort() {
        return portBase + 48;
    }

    public void createDomainIfMissing() {
        if (Files.isDirectory(domainsDir.resolve(domain).resolve("config"))) {
            return;
        }
        asadmin(Duration.ofMinutes(3), "create-domain", "--nopassword=true", "--portbase", Integer.toString(portBase),
                "--domaindir", domainsDir.toString(), domain);
    }

    /** A domain with no leftovers of an earlier run (an application still registered makes deployment fail). */
    public void recreateDomain() {
        if (Files.isDirectory(domainsDir.resolve(domain))) {
            stopQuietly();
            asadmin(Duration.ofMinutes(2), "delete-domain", "--domaindir", domainsDir.toString(), domain);
        }
        createDomainIfMissing();
    }

    /**
     * Adds system properties to the server's JVM options in domain.xml (before the domain starts): the way to hand
     * a managed server secrets that must not sit in the repository.
     */
    public void addSystemProperties(Map<String, String> properties) {
        Path domainXml = domainsDir.resolve(domain).resolve("config/domain.xml");
        try {
            String xml = Files.readString(domainXml);
            String anchor = "<jvm-options>-server</jvm-options>";
            int at = xml.indexOf(anchor);
            if (at < 0) {
                throw new IllegalStateException("Unexpected domain.xml: no " + anchor);
            }
            StringBuilder options = new StringBuilder();
            properties.forEach((key, value) -> options.append("\n        <jvm-options>-D").append(key).append('=')
                    .append(value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;"))
                    .append("</jvm-options>"));
            Files.writeString(domainXml, xml.substring(0, at + anchor.length()) + options + xml.substring(at + anchor.length()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot edit " + domainXml, e);
        }
    }

    /**
     * Sets the server's maximum heap in domain.xml (before the domain starts): the default 512 MB is too little
     * for Chinese segmentation dictionaries next to the application.
     */
    public void setHeap(String size) {
        Path domainXml = domainsDir.resolve(domain).resolve("config/domain.xml");
        try {
            String xml = Files.readString(domainXml);
            Files.writeString(domainXml, xml.replaceAll("<jvm-options>-Xmx[0-9]+[mMgG]</jvm-options>",
                    "<jvm-options>-Xmx" + size + "</jvm-options>"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot edit " + domainXml, e);
        }
    }

    /**
     * Gives the HTTP listener of the server's own configuration its request threads in domain.xml (before the domain
     * starts), without the headers that name the server: Payara's default of five queues every request behind five slow ones (a search, a paper generation).
     * HTTP/2 stays on: switched off, Grizzly left a request that asked for the h2c upgrade and carried a body
     * unanswered (the JDK's HTTP client asks for it by default).
     */
    public void tuneHttpListener(int requestThreads) {
        Path domainXml = domainsDir.resolve(domain).resolve("config/domain.xml");
        try {
            String xml = Files.readString(domainXml);
            int config = xml.indexOf("<config name=\"server-config\">");
            int end = xml.indexOf("</config>", config);
            if (config < 0 || end < 0) {
                throw new IllegalStateException("Unexpected domain.xml: no server-config");
            }
            String server = xml.substring(config, end)
                    .replaceFirst("<thread-pool name=\"http-thread-pool\"[^>]*>",
                            "<thread-pool name=\"http-thread-pool\" min-thread-pool-size=\"8\" max-thread-pool-size=\""
                                    + requestThreads + "\">")
                    // no Server or X-Powered-By header naming the server and its version to whoever asks
                    .replace("<http default-virtual-server=\"server\"",
                            "<http server-header=\"false\" xpowered-by=\"false\" default-virtual-server=\"server\"");
            Files.writeString(domainXml, xml.substring(0, config) + server + xml.substring(end));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot edit " + domainXml, e);
        }
    }

    /** Starts the domain in its own session, so Ctrl-C in the terminal does not reach it before we undeploy. */
    public void start() {
        // a domain left running by a killed launcher would make start-domain fail
        stopQuietly();
        List<String> command = new ArrayList<>(asadminCommand());
        command.addAll(List.of("start-domain", "--domaindir", domainsDir.toString(), domain));
        Processes.runChecked(Processes.detached(command), environment, Duration.ofMinutes(5));
    }

    public void deploy(Path archive, String name) {
        asadmin(Duration.ofMinutes(10), "--port", Integer.toString(adminPort()), "deploy", "--force=true",
                "--name", name, archive.toString());
    }

    public void undeployQuietly(String name) {
        Processes.run(commandWith("--port", Integer.toString(adminPort()), "undeploy", name), environment, null,
                Duration.ofMinutes(3));
    }

    public void stopQuietly() {
        Processes.run(commandWith("stop-domain", "--domaindir", domainsDir.toString(), domain), environment, null,
                Duration.ofMinutes(3));
    }

    /**
     * Kills the domain's server process with SIGKILL (no shutdown hook, no undeployment: a power cut or the OOM
     * killer) and waits until it is gone. Returns its pid.
     */
    public long kill() {
        java.nio.file.Path pidFile = domainsDir.resolve(domain).resolve("config/pid");
        long pid;
        try {
            pid = Long.parseLong(java.nio.file.Files.readString(pidFile).trim());
        } catch (java.io.IOException | NumberFormatException e) {
            throw new IllegalStateException("No pid of a running domain in " + pidFile, e);
        }
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("Payara (pid " + pid + ") is not running"));
        process.destroyForcibly();
        try {
            process.onExit().get(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("Payara (pid " + pid + ") did not die", e);
        }
        return pid;
    }

    public void awaitPage(String path, Duration timeout) {
        String url = "http://localhost:" + httpPort() + path;
        Processes.await(url, timeout, () -> Http.status(url) == 200);
    }

    private void asadmin(Duration timeout, String... arguments) {
        Processes.runChecked(commandWith(arguments), environment, timeout);
    }

    private List<String> commandWith(String... arguments) {
        List<String> command = new ArrayList<>(asadminCommand());
        command.addAll(List.of(arguments));
        return command;
    }

    private List<String> asadminCommand() {
        return List.of(home.resolve("bin/asadmin").toString(), "--interactive=false");
    }
}
