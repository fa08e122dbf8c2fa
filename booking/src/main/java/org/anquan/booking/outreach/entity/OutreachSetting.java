package org.anquan.booking.outreach.entity;

/** The five settings of 五进: enterprises, villages, communities, schools and homes. */
public enum OutreachSetting {
    ENTERPRISE, VILLAGE, COMMUNITY, SCHOOL, HOME
}
