package scot.qiassist.evidence;

/** A value with the kebab-case id that evidence files, tables and results use for it. */
public interface Identified {

  String id();

  /** The value of an enum with this id; an unknown id is the caller's input to report. */
  static <E extends Enum<E> & Identified> E fromId(Class<E> type, String id) {
    for (E e : type.getEnumConstants()) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "'" + id + "' is not a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT));
  }
}
