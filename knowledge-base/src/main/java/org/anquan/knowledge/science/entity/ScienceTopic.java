package org.anquan.knowledge.science.entity;

/** Topics of the science library (科普); captions live in the portal's bundle. */
public enum ScienceTopic {
    FIRE_SAFETY, HAZARDOUS_CHEMICALS, ELECTRICAL_SAFETY, WORK_AT_HEIGHT, CONFINED_SPACES, ROAD_SAFETY,
    EMERGENCY_ESCAPE, OCCUPATIONAL_HEALTH, HOME_SAFETY, SCHOOL_SAFETY, NATURAL_DISASTERS
}
