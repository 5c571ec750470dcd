package scot.qiassist.drafting;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.json.QiAssistJson;
import scot.qiassist.storage.DraftConflictException;
import scot.qiassist.storage.DraftNotFoundException;
import scot.qiassist.storage.EvidenceDrafts;
import scot.qiassist.storage.StoredDraft;

/**
 * Inspectors' evidence drafts: started, changed one form at a time (each change saved as a new
 * revision once the values of its form are acceptable), and read back only by their author.
 */
public final class Workspace {

  /** How often a change is tried again on the newer revision another save has just made. */
  static final int ATTEMPTS = 5;

  private final EvidenceDrafts store;

  public Workspace(EvidenceDrafts store) {
    this.store = store;
  }

  public EvidenceDrafts store() {
    return store;
  }

  /**
   * Starts a draft with these details unless a value of theirs has a problem.
   *
   * @return the draft at revision 1, or the details refused with their problems
   */
  public DraftChange start(String author, DraftDetails details, EvidenceReader reader) {
    EvidenceDraft draft = EvidenceDraft.start(details);
    CheckedDraft checked = CheckedDraft.of(draft, reader);
    if (!checked.problemsOf(DraftPart.DETAILS).isEmpty()) {
      return new DraftChange(null, checked, DraftPart.DETAILS);
    }
    StoredDraft stored = store.create(author, details.partnership(), write(draft));
    return new DraftChange(new OpenDraft(stored, draft), null, DraftPart.DETAILS);
  }

  /** The draft with this id if it is this author's; another's is as if it did not exist. */
  public Optional<OpenDraft> find(String id, String author) {
    return store.find(id).filter(d -> d.author().equals(author)).map(Workspace::open);
  }

  /**
   * Applies a change to the author's draft and saves it as the next revision, unless the values of
   * the part changed have a problem. A change made while another save lands is applied again to the
   * newer revision.
   *
   * @param partOf the part the change's form edits, in the draft as it is before the change (a new
   *     figure is the draft's next item): its problems refuse the change; problems elsewhere (a
   *     figure a smaller sample now refuses) are left for the draft's page to list; null refuses
   *     nothing (a removal)
   * @throws DraftNotFoundException if the draft is not this author's
   */
  public DraftChange change(
      String id,
      String author,
      Function<EvidenceDraft, DraftPart> partOf,
      UnaryOperator<EvidenceDraft> change,
      EvidenceReader reader) {
    for (int attempt = 1; ; attempt++) {
      OpenDraft current = find(id, author).orElseThrow(() -> new DraftNotFoundException(id));
      DraftPart part = partOf.apply(current.draft());
      EvidenceDraft changed = change.apply(current.draft());
      CheckedDraft checked = CheckedDraft.of(changed, reader);
      if (part != null && !checked.problemsOf(part).isEmpty()) {
        return new DraftChange(null, checked, part);
      }
      try {
        StoredDraft saved =
            store.save(id, current.revision(), partnershipOf(changed, current), write(changed));
        return new DraftChange(new OpenDraft(saved, changed), null, part);
      } catch (DraftConflictException e) {
        if (attempt >= ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static String partnershipOf(EvidenceDraft draft, OpenDraft current) {
    String partnership = draft.details().partnership();
    return partnership == null ? current.stored().partnership() : partnership;
  }

  static OpenDraft open(StoredDraft stored) {
    try {
      return new OpenDraft(
          stored, QiAssistJson.MAPPER.readValue(stored.draftJson(), EvidenceDraft.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "the stored draft " + stored.id() + " could not be read: " + e.getOriginalMessage(), e);
    }
  }

  static String write(EvidenceDraft draft) {
    try {
      return QiAssistJson.MAPPER.writeValueAsString(draft);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a draft could not be written: " + e.getOriginalMessage(), e);
    }
  }
}
