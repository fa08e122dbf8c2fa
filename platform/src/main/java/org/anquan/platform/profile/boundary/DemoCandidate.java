package org.anquan.platform.profile.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.anquan.platform.account.entity.Account;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * The demo candidate's real-name profile with a photo, made at start-up where demo data is on: the ID number is
 * sealed with this installation's key, so it cannot be a row of the demo SQL. The photo is drawn, not of a person.
 * The account row is locked first, so that two instances starting together make it once.
 */
@Singleton
@Startup
@DependsOn("PlatformSchema")
public class DemoCandidate {

    private static final Logger LOG = Logger.getLogger(DemoCandidate.class.getName());
    static final long ACCOUNT = 10;
    static final String NAME = "演示考生";
    /** An invented number of 太原市小店区 with a valid check digit; masked 140105********0012 in the demo rows. */
    static final String ID_NUMBER = "140105199003070012";

    @PersistenceContext(unitName = "platform")
    EntityManager entityManager;

    @EJB
    Profiles profiles;

    @Inject
    @ConfigProperty(name = "anquan.demo-data", defaultValue = "false")
    boolean demoData;

    @PostConstruct
    void profile() {
        if (!demoData) {
            return;
        }
        Account account = entityManager.find(Account.class, ACCOUNT, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || profiles.of(ACCOUNT).map(ProfileView::hasPhoto).orElse(false)) {
            return;
        }
        if (profiles.of(ACCOUNT).isEmpty()) {
            profiles.save(ACCOUNT, NAME, ID_NUMBER, null);
        }
        profiles.savePhoto(ACCOUNT, portrait(), null);
        LOG.info("Demo candidate's profile and drawn photo made");
    }

    /** A drawn head-and-shoulders picture of 300 × 400 pixels on an ID-photo blue. */
    static byte[] portrait() {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x43, 0x8e, 0xdb));
            g.fillRect(0, 0, 300, 400);
            g.setColor(new Color(0x1f, 0x2a, 0x44)); // jacket
            g.fill(new RoundRectangle2D.Double(30, 300, 240, 160, 120, 120));
            g.setColor(Color.WHITE); // collar
            g.fillPolygon(new int[]{120, 150, 180}, new int[]{300, 350, 300}, 3);
            g.setColor(new Color(0xf1, 0xc2, 0x9b)); // neck and face
            g.fillRect(128, 250, 44, 55);
            g.fill(new Ellipse2D.Double(85, 110, 130, 160));
            g.setColor(new Color(0x22, 0x1b, 0x16)); // hair
            g.fill(new Ellipse2D.Double(82, 95, 136, 80));
            g.setColor(new Color(0x3b, 0x2f, 0x2a)); // eyes and mouth
            g.fill(new Ellipse2D.Double(118, 180, 12, 9));
            g.fill(new Ellipse2D.Double(170, 180, 12, 9));
            g.setStroke(new BasicStroke(3));
            g.drawArc(130, 215, 40, 20, 200, 140);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
