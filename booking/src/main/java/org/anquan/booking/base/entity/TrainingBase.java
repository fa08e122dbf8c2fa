package org.anquan.booking.base.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;

/** A training and drill base or a safety experience base that groups can book. Facilities are what groups book. */
@Entity
@Table(name = "booking_training_base")
@NamedQuery(name = TrainingBase.PUBLISHED,
        query = "SELECT b FROM TrainingBase b WHERE b.published = true ORDER BY b.kind, b.region, b.name")
public class TrainingBase {

    public static final String PUBLISHED = "TrainingBase.published";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BaseKind kind;

    @Column(nullable = false, length = 60)
    private String region;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(name = "daily_capacity", nullable = false)
    private int dailyCapacity;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(nullable = false)
    private boolean published = true;

    /** The organisation whose base administrators run this base. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "min_age")
    private Integer minAge;

    @Column(name = "protective_equipment", length = 500)
    private String protectiveEquipment;

    @Column(name = "fitness_declaration", nullable = false)
    private boolean fitnessDeclaration;

    @Version
    private int revision;

    protected TrainingBase() {
    }

    public TrainingBase(String code, String name, BaseKind kind, String region, String address, int dailyCapacity) {
        if (dailyCapacity <= 0) {
            throw new IllegalArgumentException("A base must be able to receive at least one person a day");
        }
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.region = Objects.requireNonNull(region);
        this.address = Objects.requireNonNull(address);
        this.dailyCapacity = dailyCapacity;
    }

    public TrainingBase describedAs(String description) {
        this.description = description;
        return this;
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

    public BaseKind kind() {
        return kind;
    }

    public String region() {
        return region;
    }

    public String address() {
        return address;
    }

    public int dailyCapacity() {
        return dailyCapacity;
    }

    public String description() {
        return description;
    }

    public boolean published() {
        return published;
    }

    public Long organisationId() { return organisationId; }
    public Integer minAge() { return minAge; }
    public String protectiveEquipment() { return protectiveEquipment; }
    public boolean fitnessDeclaration() { return fitnessDeclaration; }

    public TrainingBase ownedBy(Long organisationId) {
        this.organisationId = organisationId;
        return this;
    }

    public TrainingBase requiring(Integer minAge, String protectiveEquipment, boolean fitnessDeclaration) {
        this.minAge = minAge;
        this.protectiveEquipment = protectiveEquipment;
        this.fitnessDeclaration = fitnessDeclaration;
        return this;
    }
}
