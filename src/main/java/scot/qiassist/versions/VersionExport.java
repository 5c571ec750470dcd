package scot.qiassist.versions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import scot.qiassist.examples.ExpectedOutcomes;
import scot.qiassist.examples.Outcome;

/**
 * A version as a zip of the repository's folders, to unzip over a clone and commit: {@code
 * rules/...} with every file, and {@code examples/NAME.expected.json} with the expected outcome of
 * each example its latest check used.
 */
public final class VersionExport {

  private VersionExport() {}

  /** The file name a download suggests. */
  public static String fileName(String version) {
    return "qi-assist-rules-" + version + ".zip";
  }

  public static byte[] zip(VersionDetail version) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> file : version.files().entrySet()) {
        put(zip, "rules/" + file.getKey(), file.getValue());
      }
      for (Map.Entry<String, Outcome> expected : version.expected().entrySet()) {
        put(
            zip,
            "examples/" + expected.getKey() + ".expected.json",
            ExpectedOutcomes.text(expected.getValue()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the zip could not be written in memory", e);
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    // A fixed time: the same version always gives the same zip.
    entry.setTime(0L);
    zip.putNextEntry(entry);
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
