package scot.qiassist.drafting;

import scot.qiassist.storage.StoredDraft;

/** A draft as the store has it, with its values read. */
public record OpenDraft(StoredDraft stored, EvidenceDraft draft) {

  public String id() {
    return stored.id();
  }

  public int revision() {
    return stored.revision();
  }
}
