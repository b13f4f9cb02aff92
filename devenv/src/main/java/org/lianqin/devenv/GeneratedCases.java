package org.lianqin.devenv;

import java.util.List;
import java.util.Locale;

/**
 * The SQL that writes one generated street office's cases and their timelines, for {@link DataGenerator}:
 * one INSERT ... SELECT over MariaDB's sequence engine for the cases (every value drawn from the seed, the
 * office and the row, so the same spec gives the same cases), one for every kind of step of their
 * timelines. It reads the temporary tables {@code gen_grid} and {@code gen_category} the generator fills
 * for the office first.
 */
final class GeneratedCases {

    private static final String ROADS = "'龙华西路','天钥桥路','宛平南路','漕溪北路','零陵路','中山西路','斜土路','凯旋路','田林路','钦州路'";
    private static final String PROBLEMS = "'门口有人占道经营','垃圾堆放多日无人清运','非机动车乱停放堵住通道','夜间施工噪声扰民',"
            + "'井盖松动有安全隐患','绿化带被毁','商铺跨门营业','墙面乱张贴小广告','共享单车堆积','路灯不亮'";

    private GeneratedCases() {
    }

    /** A uniform value in [0, 1) from the seed, the office, the row and a name: the same every run. */
    private static String r(long seed, String o, String name) {
        // MD5, not CRC32: CRC32 is linear, so values of names that differ in one letter would move together
        return "(CONV(LEFT(MD5(CONCAT('" + seed + "|" + o + "|', seq, '|" + name + "')), 8), 16, 10) * 1e0 / 4294967296)";
    }

    static String insert(String o, long n, long categories, DataGenerator.Spec spec) {
        long seed = spec.seed();
        String upper = o.toUpperCase(Locale.ROOT);
        // two years up to the last day (Beijing midnight, stored as UTC); a warped position gives seasons
        // (more in summer) and the time of day falls in office hours more often than at night
        String start = spec.until().minusYears(2).toString() + " 00:00:00";
        String x = "((seq + " + r(seed, o, "x") + ") / " + n + ")";
        // cases per day follow 1 / (1 - 0.35 cos(4π(x - φ))): a yearly wave, highest in summer (φ: July, counted from the start)
        double phase = (7 - spec.until().getMonthValue() + 12) % 12 / 24.0;
        String warped = "(" + x + " - 0.35 * (SIN(12.566370614 * (" + x + " - " + phase + ")) - SIN(-12.566370614 * " + phase + ")) / 12.566370614)";
        // reports end a week before the last day, so that every step (at most about six days after the
        // report) lies before it too: nothing happens in the future
        String day = "FLOOR(" + warped + " * " + (2 * 365 - 7) + ")";
        String seconds = "FLOOR(3600 * (7 + 6 * (" + r(seed, o, "h") + " + " + r(seed, o, "i") + ")))";   // 7:00–19:00, most around 13:00
        String reported = "TIMESTAMPADD(SECOND, " + day + " * 86400 + " + seconds + " - 28800, '" + start + "')";
        String age = "TIMESTAMPDIFF(DAY, g.reported_at, '" + spec.until() + " 00:00:00') - 7";
        String state = "CASE WHEN " + age + " > 20 THEN CASE WHEN g.rs < 0.93 THEN 'CLOSED' WHEN g.rs < 0.98 THEN 'REJECTED'"
                + " WHEN g.rs < 0.995 THEN 'IN_PROGRESS' ELSE 'DISPATCHED' END"
                + " ELSE ELT(1 + FLOOR(g.rs * 10), 'REPORTED', 'REGISTERED', 'DISPATCHED', 'DISPATCHED', 'IN_PROGRESS',"
                + " 'IN_PROGRESS', 'HANDLED', 'CLOSED', 'CLOSED', 'CLOSED') END";
        String generated = "SELECT seq, " + reported + " AS reported_at, " + r(seed, o, "s") + " AS rs, "
                + r(seed, o, "c") + " AS rc, " + r(seed, o, "g") + " AS rg, " + r(seed, o, "t") + " AS rt, "
                + r(seed, o, "q") + " AS rq, " + r(seed, o, "p") + " AS rp FROM seq_0_to_" + (n - 1);
        String numbered = "SELECT g.*, " + state + " AS state,"
                + " ROW_NUMBER() OVER (PARTITION BY YEAR(TIMESTAMPADD(HOUR, 8, g.reported_at)) ORDER BY g.reported_at, g.seq) AS yearly"
                + " FROM (" + generated + ") g";
        String registered = "TIMESTAMPADD(MINUTE, 5 + FLOOR(n.rt * 120), n.reported_at)";
        String dispatched = "TIMESTAMPADD(MINUTE, 15 + FLOOR(n.rt * 240), " + registered + ")";
        String handled = "TIMESTAMPADD(MINUTE, 60 + FLOOR(POW(n.rq, 2) * 6000), " + dispatched + ")";
        String deadline = "TIMESTAMPADD(HOUR, 72, " + dispatched + ")";
        String dispatchedStates = "('DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'CLOSED')";
        return "INSERT INTO case_file (tenant_id, number, channel, category_id, grid_id, address, longitude, latitude,"
                + " description, public_description, priority, state, unit_id, reported_at, registered_at, dispatched_at,"
                + " handle_deadline, handled_at, closed_at, closed_on_time, overdue, deferred, pending_deferral, rework_count,"
                + " satisfaction, public_hidden, version)"
                + " SELECT '" + o + "', CONCAT('" + upper + "-', YEAR(TIMESTAMPADD(HOUR, 8, n.reported_at)), '-', LPAD(n.yearly, 6, '0')),"
                + " ELT(1 + FLOOR(n.rc * 20), 'PUBLIC_WEB','PUBLIC_WEB','PUBLIC_WEB','PUBLIC_WEB','PUBLIC_WEB','PUBLIC_WEB',"
                + "  'PATROL','PATROL','PATROL','PATROL','PATROL','PATROL','HOTLINE_12345','HOTLINE_12345','HOTLINE_12345',"
                + "  'HOTLINE_12345','VIDEO_PATROL','CCTV_ALARM','POLICE_110','OPEN311'),"
                + " cat.id, gg.id, CONCAT(ELT(1 + FLOOR(n.rg * 10), " + ROADS + "), ' ', 1 + FLOOR(n.rp * 800), ' 号'),"
                + " gg.lon + (n.rg * 10 - FLOOR(n.rg * 10) - 0.5) * " + (0.4 * DataGenerator.CELL) + ", gg.lat + (n.rp - 0.5) * " + (0.4 * DataGenerator.CELL) + ","
                + " CONCAT(cat.name, '：', ELT(1 + FLOOR(n.rt * 10), " + PROBLEMS + ")),"
                + " CONCAT(cat.name, '：', ELT(1 + FLOOR(n.rt * 10), " + PROBLEMS + ")),"
                + " IF(n.rq < 0.05, 'URGENT', 'NORMAL'), n.state,"
                + " IF(n.state IN " + dispatchedStates + ", cat.unit_id, NULL),"
                + " n.reported_at,"
                + " IF(n.state IN ('REPORTED', 'REJECTED'), NULL, " + registered + "),"
                + " IF(n.state IN " + dispatchedStates + ", " + dispatched + ", NULL),"
                + " IF(n.state IN " + dispatchedStates + ", " + deadline + ", NULL),"
                + " IF(n.state IN ('HANDLED', 'CLOSED'), " + handled + ", NULL),"
                + " IF(n.state = 'CLOSED', TIMESTAMPADD(MINUTE, 30 + FLOOR(n.rp * 1440), " + handled + "), NULL),"
                + " IF(n.state = 'CLOSED', " + handled + " <= " + deadline + ", NULL),"
                + " n.state IN ('DISPATCHED', 'IN_PROGRESS') AND " + deadline + " < '" + spec.until() + " 00:00:00',"
                + " FALSE, FALSE, IF(n.state = 'CLOSED' AND n.rp < 0.06, 1, 0),"
                + " IF(n.state = 'CLOSED' AND n.rs < 0.40, ELT(1 + FLOOR(n.rq * 20), 5,5,5,5,5,5,5,5,5,5,5,5,4,4,4,4,4,3,2,1), NULL),"
                + " n.rc * 1000 - FLOOR(n.rc * 1000) < 0.02, 0"
                + " FROM (" + numbered + ") n"
                + " JOIN gen_category cat ON cat.k = FLOOR(POW(n.rc * 20 - FLOOR(n.rc * 20), 1.6) * " + categories + ")"
                + " JOIN gen_grid gg ON gg.k = FLOOR(n.rg * " + (DataGenerator.COLUMNS * DataGenerator.ROWS) + ")"
                + " ORDER BY n.reported_at, n.seq";
    }

    /** Each case's timeline, one statement per kind of step, at the times the case row holds. */
    static String timelines(String o) {
        String insert = "INSERT INTO case_event (tenant_id, case_id, action, from_state, to_state, actor_kind, actor_login,"
                + " actor_name, occurred_at, note) ";
        String where = " FROM case_file WHERE tenant_id = '" + o + "'";
        List<String> steps = List.of(
                "SELECT tenant_id, id, 'REPORT', NULL, 'REPORTED', IF(channel IN ('PUBLIC_WEB', 'OPEN311'), 'RESIDENT', 'STAFF'),"
                        + " IF(channel IN ('PUBLIC_WEB', 'OPEN311'), 'resident', 'dispatcher'), IF(channel IN ('PUBLIC_WEB', 'OPEN311'), '居民', '陈静'),"
                        + " reported_at, NULL" + where,
                "SELECT tenant_id, id, 'REGISTER', 'REPORTED', 'REGISTERED', 'STAFF', 'dispatcher', '陈静', registered_at, NULL"
                        + where + " AND registered_at IS NOT NULL",
                "SELECT tenant_id, id, 'REJECT', 'REPORTED', 'REJECTED', 'STAFF', 'dispatcher', '陈静', TIMESTAMPADD(MINUTE, 40, reported_at),"
                        + " '不属于本街道管辖范围'" + where + " AND state = 'REJECTED'",
                "SELECT tenant_id, id, 'DISPATCH', 'REGISTERED', 'DISPATCHED', 'STAFF', 'dispatcher', '陈静', dispatched_at, NULL"
                        + where + " AND dispatched_at IS NOT NULL",
                "SELECT tenant_id, id, 'ACCEPT', 'DISPATCHED', 'IN_PROGRESS', 'STAFF', CONCAT('unit', unit_id), '联络员',"
                        + " TIMESTAMPADD(MINUTE, 30, dispatched_at), NULL" + where + " AND state IN ('IN_PROGRESS', 'HANDLED', 'CLOSED')",
                "SELECT tenant_id, id, 'HANDLE', 'IN_PROGRESS', 'HANDLED', 'STAFF', CONCAT('unit', unit_id), '联络员',"
                        + " TIMESTAMPADD(MINUTE, 40, dispatched_at), '已现场处置'" + where + " AND rework_count > 0",
                "SELECT tenant_id, id, 'VERIFY_FAIL', 'HANDLED', 'IN_PROGRESS', 'STAFF', 'inspector1', '赵磊',"
                        + " TIMESTAMPADD(MINUTE, 50, dispatched_at), '现场复核仍有占道'" + where + " AND rework_count > 0",
                "SELECT tenant_id, id, 'HANDLE', 'IN_PROGRESS', 'HANDLED', 'STAFF', CONCAT('unit', unit_id), '联络员', handled_at,"
                        + " '已现场处置'" + where + " AND handled_at IS NOT NULL",
                "SELECT tenant_id, id, 'VERIFY_PASS', 'HANDLED', 'CLOSED', 'STAFF', 'inspector1', '赵磊', closed_at, NULL"
                        + where + " AND state = 'CLOSED'",
                "SELECT tenant_id, id, 'RATE', 'CLOSED', 'CLOSED', 'RESIDENT', 'resident', '居民', TIMESTAMPADD(HOUR, 2, closed_at), NULL"
                        + where + " AND satisfaction IS NOT NULL");
        return insert + String.join(" UNION ALL ", steps);
    }
}
