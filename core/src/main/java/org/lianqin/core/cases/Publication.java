package org.lianqin.core.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How the public pages show a case, as the command centre decided: hidden or not, and the description in
 * place of the original when staff redacted it (personal details, insults). The reporter's own tracking
 * page and staff always see the original.
 */
@Embeddable
public class Publication {

    @Column(name = "public_hidden", nullable = false)
    private boolean hidden;

    @Column(name = "public_description", length = 4000)
    private String description;

    void show(boolean shown) {
        hidden = !shown;
    }

    void redact(String publicText) {
        description = publicText;
    }

    public boolean hidden() {
        return hidden;
    }

    /** The redacted description, or the original when nothing was redacted. */
    String description(String original) {
        return description != null ? description : original;
    }
}
