package scot.qiassist.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one configured Jackson mapper of QI Assist: every JSON it reads or writes (evidence, results,
 * decisions, expected outcomes, stored columns, HTTP bodies) goes through it, so that all of them
 * agree on one configuration. Where one use genuinely needs something else, it derives a reader or
 * a writer from this mapper (they are immutable and cheap) and says why beside it; nobody builds a
 * mapper of their own.
 *
 * <p>The mapper writes compactly, as the service answers and the database stores; files meant for
 * people write through {@link #INDENTED}.
 */
public final class QiAssistJson {

  /**
   * Jackson's defaults: unknown properties are refused, dates are not guessed at. Results are
   * written by reference and read in either format ({@link ResultModule}).
   */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder().addModule(new ResultModule()).build();

  /**
   * Two-space indented, one field a line: {@code evaluate --format json} and the expected-outcome
   * files, which people read and compare line by line.
   */
  public static final ObjectWriter INDENTED = MAPPER.writerWithDefaultPrettyPrinter();

  private QiAssistJson() {}
}
