package org.lianqin.core.cases;

import org.lianqin.core.kernel.Refusal;

/** How a problem reached the command centre. */
public enum SourceChannel {
    /** 群众网上举报 */
    PUBLIC_WEB("群众网上举报", "Residents online"),
    /** Open311 GeoReport v2 */
    OPEN311("Open311 接入", "Open311"),
    /** 12345 市民服务热线 */
    HOTLINE_12345("12345 热线", "12345 hotline"),
    /** 110 报警 */
    POLICE_110("110 报警", "110 police"),
    /** 视频报警 */
    CCTV_ALARM("视频报警", "CCTV alarm"),
    /** 视频巡查 */
    VIDEO_PATROL("视频巡查", "Video patrol"),
    /** 巡查发现 */
    PATROL("巡查发现", "Patrol"),
    /** 信息平台 */
    PLATFORM("平台派单", "Platform");

    private final Refusal.Label label;

    SourceChannel(String zh, String en) {
        this.label = new Refusal.Label(zh, en);
    }

    /** The channel's name for people, in both languages. */
    public Refusal.Label label() {
        return label;
    }
}
