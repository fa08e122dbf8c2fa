package org.anquan.booking.event.entity;

/** 安全生产月, 安全生产法宣传周, 119消防宣传月, 安康杯, 五进 outreach, other campaigns. */
public enum CampaignKind {
    SAFETY_MONTH, LAW_WEEK, FIRE_MONTH, ANKANG_CUP, OUTREACH, OTHER
}
