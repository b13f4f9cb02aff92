package org.lianqin.core.operations;

import java.util.List;

/** The result kinds a new street office starts with (the same as migration V21 gave the existing ones). */
public final class DefaultResultKinds {

    private DefaultResultKinds() {
    }

    public static List<ResultKind> newCopy() {
        return List.of(
                new ResultKind("清理占道摊点", "处", 1),
                new ResultKind("劝离流动摊贩", "人次", 2),
                new ResultKind("暂扣物品", "件", 3),
                new ResultKind("救助流浪乞讨人员", "人次", 4),
                new ResultKind("拆除违法搭建", "处", 5),
                new ResultKind("教育劝导", "人次", 6));
    }
}
