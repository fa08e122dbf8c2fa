package org.anquan.systemtests;

import org.anquan.devstack.EmbeddedMariaDb;
import org.anquan.devstack.PayaraServer;
import org.anquan.devstack.TestServers;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

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

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    static synchronized void start() {
        if (started) {
            return;
        }
        EmbeddedMariaDb database = TestServers.database();
        database.createDatabase("anquan");
        TestServers.search();
        Mailbox.start(Integer.getInteger("anquan.test.smtp.port", 23025));
        Path home = Path.of(System.getProperty("anquan.test.payara.home"));
        PayaraServer payara = new PayaraServer(home, home.resolve("glassfish/domains"), DOMAIN, portBase(), Map.of());
        payara.recreateDomain();
        started = true;
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
