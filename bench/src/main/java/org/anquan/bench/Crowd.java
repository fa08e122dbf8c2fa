package org.anquan.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Citizen accounts made in bulk straight in the database (the demo password), each with a minted token. */
final class Crowd {

    private static final String DEMO_HASH =
            "PBKDF2-SHA256:210000:D+zTeGfCZByHh0Gdj+Gzdg:71qjbbTlJqXvYXtQnUV6CdrSIf3uYqLaViJlP6KFzTI";

    record Person(long id, String login, String name, String token) {
    }

    private Crowd() {
    }

    static List<Person> create(Stack stack, String prefix, int size, Duration tokenLifetime) throws SQLException {
        String run = prefix + "-" + Long.toString(System.currentTimeMillis(), 36);
        List<Person> people = new ArrayList<>(size);
        try (Connection db = stack.db()) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO platform_account (email, password_hash, "
                    + "display_name, status, created_at) VALUES (?, ?, ?, 'ACTIVE', UTC_TIMESTAMP(6))")) {
                for (int i = 0; i < size; i++) {
                    insert.setString(1, run + "-" + i + "@bench.anquan");
                    insert.setString(2, DEMO_HASH);
                    insert.setString(3, name(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            List<long[]> ids = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement(
                    "SELECT id, email FROM platform_account WHERE email LIKE ? ORDER BY id")) {
                query.setString(1, run + "-%");
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String email = rows.getString(2);
                        int index = Integer.parseInt(email.substring(run.length() + 1, email.indexOf('@')));
                        ids.add(new long[]{rows.getLong(1), index});
                    }
                }
            }
            try (PreparedStatement grant = db.prepareStatement(
                    "INSERT INTO platform_role_grant (account_id, role, organisation_id) VALUES (?, 'CITIZEN', NULL)")) {
                for (long[] id : ids) {
                    grant.setLong(1, id[0]);
                    grant.addBatch();
                }
                grant.executeBatch();
            }
            db.commit();
            for (long[] id : ids) {
                String login = run + "-" + id[1] + "@bench.anquan";
                people.add(new Person(id[0], login, name((int) id[1]),
                        stack.mintToken(id[0], login, List.of("CITIZEN"), tokenLifetime)));
            }
        }
        return people;
    }

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂";

    /** A plausible Chinese name, different for neighbouring indexes. */
    static String name(int i) {
        return "" + SURNAMES.charAt(i % SURNAMES.length()) + GIVEN.charAt((i / SURNAMES.length()) % GIVEN.length())
                + GIVEN.charAt((i * 7 + 3) % GIVEN.length());
    }
}
