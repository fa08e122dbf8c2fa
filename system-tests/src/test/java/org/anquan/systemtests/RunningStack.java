package org.anquan.systemtests;

import org.anquan.devstack.EmbeddedMariaDb;
import org.anquan.devstack.PayaraServer;
import org.anquan.devstack.Secrets;
import org.anquan.devstack.TestServers;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the real MariaDB and Elasticsearch of the system tests and a fresh Payara domain for Arquillian, once per
 * test JVM, before Arquillian starts the server. Register it before {@code ArquillianExtension}.
 */
public class RunningStack implements BeforeAllCallback {

    public static final String DOMAIN = "anquan-test";
    private static boolean started;
    private static PayaraServer payara;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    static synchronized void start() {
        if (started) {
            return;
        }
        try {
            java.nio.file.Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        EmbeddedMariaDb database = TestServers.database();
        database.createDatabase("anquan");
        TestServers.search();
        Mailbox.start(Integer.getInteger("anquan.test.smtp.port", 23025));
        Path home = Path.of(System.getProperty("anquan.test.payara.home"));
        payara = new PayaraServer(home, home.resolve("glassfish/domains"), DOMAIN, portBase(), Map.of());
        payara.recreateDomain();
        // Payara keeps an uploaded archive under its temporary folder by the archive's name: /tmp/anquan.ear would
        // be shared by every test stack on the machine, one deleting it under another's deployment
        Path serverTmp = home.resolve("glassfish/domains").resolve(DOMAIN).resolve("tmp");
        try {
            java.nio.file.Files.createDirectories(serverTmp);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // a fresh key each run: secrets never sit in the repository
        payara.addSystemProperties(Map.of("java.io.tmpdir", serverTmp.toString(),
                "anquan.crypto.field-key", Secrets.randomKey(),
                "anquan.jwt.key", Secrets.randomKey(),
                // links in mails and certificates name the test domain's own port, whatever port base the run was given
                "anquan.public-url", base().toString().replaceAll("/$", "")));
        // Started here rather than by Arquillian (which connects to it): the first deployment into a fresh domain
        // initialises Payara's security services, and that sometimes fails with a null context class loader
        // when it races the start. A small warm-up deployment, retried, takes that hit before the real EAR.
        // Arquillian deploys the EAR once per test class (18): each undeployed copy leaves some of its classes and
        // HanLP's dictionaries for a while, and with 1 GB the 17th deployment ran out of heap
        payara.setHeap("2g");
        payara.tuneHttpListener(PayaraServer.REQUEST_THREADS);
        payara.start();
        Runtime.getRuntime().addShutdownHook(new Thread(payara::stopQuietly, "test-payara-stop"));
        warmUp(payara);
        started = true;
    }

    private static void warmUp(PayaraServer payara) {
        File war = new File(System.getProperty("java.io.tmpdir"), "anquan-warmup.war");
        ShrinkWrap.create(WebArchive.class, "anquan-warmup.war")
                .setWebXML(new StringAsset("""
                        <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                          <security-constraint>
                            <web-resource-collection><web-resource-name>all</web-resource-name><url-pattern>/*</url-pattern></web-resource-collection>
                            <auth-constraint><role-name>nobody</role-name></auth-constraint>
                          </security-constraint>
                          <security-role><role-name>nobody</role-name></security-role>
                        </web-app>"""))
                .addAsWebResource(new StringAsset("warm"), "index.html")
                .as(ZipExporter.class).exportTo(war, true);
        RuntimeException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                payara.deploy(war.toPath(), "anquan-warmup");
                payara.undeployQuietly("anquan-warmup");
                return;
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw last;
    }

    /**
     * Stops Payara and starts it again (the deployed EAR comes back with it) and waits until the portal answers:
     * what an exam site sees when its server is restarted in the middle of a session.
     */
    static synchronized void restartPayara() {
        payara.stopQuietly();
        payara.start();
        payara.awaitPage("/health/ready", java.time.Duration.ofMinutes(5));
    }

    /**
     * Kills Payara with SIGKILL, starts it again and waits until the portal answers: a server that died in the
     * middle of an exam. The Payara of the suite stays the same domain, so the EAR comes back with it.
     */
    static synchronized void killAndRestartPayara() {
        payara.kill();
        restartPayara();
    }

    static int portBase() {
        return Integer.getInteger("anquan.test.payara.portbase", 28000);
    }

    /** The portal's address in the test domain. */
    public static URI base() {
        return URI.create("http://localhost:" + (portBase() + 80) + "/");
    }

    public static File ear() {
        return new File(System.getProperty("anquan.ear"));
    }
}
