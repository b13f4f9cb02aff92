package org.lianqin.publicreport.open311;

/** An Open311 error: 400, 403 or 404 with a description, answered as the spec's list of errors. */
public class Open311Exception extends RuntimeException {

    private final int status;

    public Open311Exception(int status, String description) {
        super(description, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
