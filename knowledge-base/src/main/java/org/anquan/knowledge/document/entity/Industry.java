package org.anquan.knowledge.document.entity;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Industries and fields a text applies to; captions live in the portal's bundle. */
public enum Industry {
    MINING("矿山|煤矿|矿产"),
    HAZARDOUS_CHEMICALS("危险化学品|化学品|爆炸物品|有毒物品|烟花爆竹"),
    METALLURGY("冶金|金属冶炼"),
    ROAD_TRAFFIC("道路交通|公路|校车|道路运输"),
    CONSTRUCTION("建设工程|建筑|施工"),
    SPECIAL_EQUIPMENT("特种设备"),
    FIRE("消防|火灾|防火|烟花爆竹"),
    OCCUPATIONAL_HEALTH("职业病|工伤|劳动保护|女职工|劳动法|劳动保障|有毒物品"),
    GAS("燃气|石油天然气"),
    TRANSPORT("铁路|海上|内河|渔港|船舶|轨道交通"),
    POWER("电力"),
    NUCLEAR("核安全|核事故|核电|放射性"),
    DISASTER("突发|地震|防震|防洪|防汛|地质灾害|气象灾害|森林防火|草原防火|水库大坝");

    private final Pattern keywords;

    Industry(String keywords) {
        this.keywords = Pattern.compile(keywords);
    }

    /** The industries a title speaks of. */
    public static Set<Industry> fromTitle(String title) {
        Set<Industry> found = EnumSet.noneOf(Industry.class);
        for (Industry industry : values()) {
            if (industry.keywords.matcher(title).find()) {
                found.add(industry);
            }
        }
        return found;
    }
}
