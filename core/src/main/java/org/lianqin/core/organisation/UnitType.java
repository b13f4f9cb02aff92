package org.lianqin.core.organisation;

/** The kinds of member unit (成员单位) that work under a street office. */
public enum UnitType {
    /** 综治办 comprehensive governance office */
    GOVERNANCE,
    /** 派出所 police station */
    POLICE,
    /** 市场监管所 market regulation */
    MARKET,
    /** 城管中队 city-management squad */
    CITY_MGMT,
    /** 房管办 housing office */
    HOUSING,
    /** 环卫所 sanitation */
    SANITATION,
    /** 居委会 residents' committee */
    COMMUNITY,
    OTHER
}
