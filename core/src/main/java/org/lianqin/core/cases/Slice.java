package org.lianqin.core.cases;

import java.util.List;

/** One page of a list, and whether another follows (no total: counting a million rows is not free). */
public record Slice<T>(List<T> items, int page, int size, boolean hasNext) {
}
