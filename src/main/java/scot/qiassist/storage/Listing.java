package scot.qiassist.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import scot.qiassist.evaluation.Evaluation.GradeView;
import scot.qiassist.grade.Grade;

/**
 * The query behind every list of stored evaluations. Its text is built only from the fixed
 * fragments below; every value from a filter is a bound parameter.
 */
final class Listing {

  /** The grade of an evaluation's latest decision, or null when it has none. */
  private static final String DECIDED_GRADE =
      "(SELECT d.grade FROM decision d WHERE d.evaluation_id = e.id ORDER BY d.sequence DESC LIMIT 1)";

  private Listing() {}

  static Query query(Handle h, EvaluationFilter filter, String extraColumns) {
    Map<String, Object> bound = new LinkedHashMap<>();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (filter.partnership() != null) {
      where.append(" AND LOWER(e.partnership) = LOWER(:partnership)");
      bound.put("partnership", filter.partnership());
    }
    if (filter.grade() != null) {
      where.append(" AND COALESCE(" + DECIDED_GRADE + ", e.grade) = :grade");
      bound.put("grade", filter.grade());
    }
    if (filter.rulesetVersion() != null) {
      where.append(" AND e.ruleset_version = :version");
      bound.put("version", filter.rulesetVersion());
    }
    if (filter.author() != null) {
      where.append(" AND e.author = :author");
      bound.put("author", filter.author());
    }
    Query query =
        h.createQuery(
            "SELECT e.id, e.partnership, e.author, e.created_at, e.ruleset_version, e.grade, "
                + DECIDED_GRADE
                + " AS decided_grade, "
                + "(SELECT COUNT(*) FROM decision d WHERE d.evaluation_id = e.id) AS decisions"
                + extraColumns
                + " FROM evaluation e"
                + where
                + " ORDER BY e.created_at DESC, e.id LIMIT :limit");
    bound.forEach(query::bind);
    return query.bind("limit", filter.limit());
  }

  static EvaluationSummary summary(ResultSet rs) throws SQLException {
    GradeView grade = view(rs.getInt("grade"));
    int decided = rs.getInt("decided_grade");
    boolean moderated = !rs.wasNull();
    return new EvaluationSummary(
        rs.getString("id"),
        rs.getString("partnership"),
        rs.getString("author"),
        Times.instant(rs.getString("created_at")),
        rs.getString("ruleset_version"),
        grade,
        moderated ? view(decided) : grade,
        rs.getInt("decisions"));
  }

  private static GradeView view(int value) {
    Grade g = Grade.of(value);
    return new GradeView(g.value(), g.label());
  }
}
