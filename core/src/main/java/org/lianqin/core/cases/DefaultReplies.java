package org.lianqin.core.cases;

import java.util.List;

/** The standard replies a new street office starts with, which its admin then adapts. */
public final class DefaultReplies {

    private DefaultReplies() {
    }

    /** Fresh entities, to be persisted as the new street office. */
    public static List<StandardReply> newCopy() {
        return List.of(
                new StandardReply(CaseStep.REJECT, null, "经核实，您反映的问题不属于城市综合管理范围，建议您拨打 12345 市民服务热线咨询。感谢您的关注。"),
                new StandardReply(CaseStep.REJECT, null, "经核实，该问题已有其他市民反映并正在处理，本件不再重复立案。感谢您的关注。"),
                new StandardReply(CaseStep.CLOSE, null, "经电话联系反映人，问题已当场解决，予以结案。"),
                new StandardReply(CaseStep.RETURN, null, "经核实，该问题不属于本单位职责范围，请指挥中心改派。"),
                new StandardReply(CaseStep.HANDLE, null, "经现场处置，问题已解决，现场已恢复正常。"),
                new StandardReply(CaseStep.HANDLE, "0104", "经现场核查，已劝离流动摊贩，现场已清理，人行道恢复通行。"),
                new StandardReply(CaseStep.HANDLE, "0103", "已责令店主将占道物品收回店内，并告知不得再次出店经营。"),
                new StandardReply(CaseStep.VERIFY_FAIL, null, "经现场复核，问题仍然存在，请继续处置。"),
                new StandardReply(CaseStep.REQUEST_EXTENSION, null, "需协调其他单位共同处置，申请延长处置时限。"),
                new StandardReply(CaseStep.REQUEST_DEFERRAL, null, "该问题需等待上级部门或司法程序结果，暂不具备处置条件，申请缓办。"));
    }
}
