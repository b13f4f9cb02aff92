package org.lianqin.core.cases;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Checks a resident's access code to a case. Writes nothing, and an unknown number costs the same work
 * (one lookup, one key derivation) and answers the same as a wrong code, so the answer's time tells
 * nothing either. A wrong code never locks the case — that would let anybody lock a reporter out; the
 * web layer limits how many codes one client may try (30 per ten minutes), and 31^8 codes leave guessing
 * hopeless at that rate.
 */
@Stateless
@PermitAll
public class ResidentAccess {

    @Inject
    CaseFiles files;

    public boolean check(String number, String code) {
        Optional<Case> found = files.byNumber(number);
        return AccessCodes.matches(code, found.map(c -> c.reporter().accessCodeHash()).orElse(null));
    }
}
