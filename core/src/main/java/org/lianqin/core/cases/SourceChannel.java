package org.lianqin.core.cases;

/** How a problem reached the command centre. */
public enum SourceChannel {
    /** 群众网上举报 */
    PUBLIC_WEB,
    /** Open311 GeoReport v2 */
    OPEN311,
    /** 12345 市民服务热线 */
    HOTLINE_12345,
    /** 110 报警 */
    POLICE_110,
    /** 视频报警 */
    CCTV_ALARM,
    /** 视频巡查 */
    VIDEO_PATROL,
    /** 巡查发现 */
    PATROL,
    /** 信息平台 */
    PLATFORM
}
