package org.lianqin.core.duty;

/** Who a shift needs: a dispatcher in the command centre, a squad on patrol. */
public enum Post {
    COMMAND, PATROL
}
