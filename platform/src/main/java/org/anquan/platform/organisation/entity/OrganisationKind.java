package org.anquan.platform.organisation.entity;

public enum OrganisationKind {
    ENTERPRISE, SCHOOL, RESCUE_TEAM, TRAINING_INSTITUTION, EXAM_CENTRE, TRAINING_BASE, CAMPAIGN_ORGANISER
}
