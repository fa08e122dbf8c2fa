package org.anquan.exam.centre.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;

/** An official exam site (考试点) where candidates sit computer-based exams; its rooms hold the seats. */
@Entity
@Table(name = "exam_centre")
@NamedQuery(name = ExamCentre.ACTIVE_BY_CITY,
        query = "SELECT c FROM ExamCentre c WHERE c.active = true ORDER BY c.city, c.name")
public class ExamCentre {

    public static final String ACTIVE_BY_CITY = "ExamCentre.activeByCity";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 60)
    private String city;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(length = 40)
    private String phone;

    @Column(name = "seat_count", nullable = false)
    private int seatCount;

    @Column(nullable = false)
    private boolean active = true;

    /** The organisation whose centre administrators and proctors run this centre. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Version
    private int revision;

    protected ExamCentre() {
    }

    public ExamCentre(String code, String name, String city, String address, int seatCount) {
        if (seatCount < 0) {
            throw new IllegalArgumentException("A centre cannot have a negative number of seats");
        }
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.city = Objects.requireNonNull(city);
        this.address = Objects.requireNonNull(address);
        this.seatCount = seatCount;
    }

    public void close() {
        active = false;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String city() {
        return city;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public int seatCount() {
        return seatCount;
    }

    public Long organisationId() {
        return organisationId;
    }

    public void runBy(Long organisationId) {
        this.organisationId = organisationId;
    }

    public boolean active() {
        return active;
    }
}
