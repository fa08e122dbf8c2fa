package org.anquan.booking.base.entity;

/** What a base is for. Captions live in the portal's bundle. */
public enum BaseKind {
    /** 实训演练基地: drill yards, rescue simulation tunnels, leak rigs for professional and volunteer teams */
    DRILL,
    /** 安全体验基地: VR halls, earthquake and smoke rooms for enterprises, schools and citizens */
    EXPERIENCE
}
