package org.anquan.platform.audit.boundary;

/** The result of walking the audit chain: how many records were checked and the first broken one, if any. */
public record ChainCheck(long checked, Long firstBrokenSeq) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
